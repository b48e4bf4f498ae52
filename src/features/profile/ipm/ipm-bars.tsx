import { IPM_DIMENSIONS, type IpmDimension } from '../../../domain/analysis/ipm/ipm-indices';
import { NO_DATA, ROLE_COLORS } from '../../../components/charts/chart-palette';

interface IpmBarsProps {
  /** The region's three indices (0–1). */
  indices: Record<IpmDimension, number>;
  weakest: IpmDimension;
  labels: Record<IpmDimension, string>;
  format: (value: number) => string;
  title: string;
}

const ROW = 32;
const LABEL = 140;
const WIDTH = 360;

/** Three horizontal bars on a 0–1 scale; the dimension that holds IPM back is drawn solid, the others lighter. */
export function IpmBars({ indices, weakest, labels, format, title }: IpmBarsProps) {
  const plot = WIDTH - LABEL - 50;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${ROW * IPM_DIMENSIONS.length + 8}`}
      width="100%"
      height="100%"
      preserveAspectRatio="xMinYMid meet"
      role="img"
      aria-label={title}
      className="ipm-bars"
    >
      {IPM_DIMENSIONS.map((d, i) => {
        const y = i * ROW + 6;
        return (
          <g key={d}>
            <text x={0} y={y + 17} fontSize={13}>
              {labels[d]}
            </text>
            <rect x={LABEL} y={y} width={plot} height={24} fill={NO_DATA} opacity={0.35} />
            <rect
              x={LABEL}
              y={y}
              width={plot * Math.max(0, Math.min(1, indices[d]))}
              height={24}
              fill={ROLE_COLORS.self}
              opacity={d === weakest ? 1 : 0.55}
            />
            <text x={LABEL + plot + 6} y={y + 17} fontSize={13}>
              {format(indices[d])}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
