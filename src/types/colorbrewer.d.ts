// colorbrewer says "type": "module" but its `main` is a UMD file, which Node then cannot read; the
// ES build is imported by path instead, with the package's own types.
declare module 'colorbrewer/index.es.js' {
  import colorbrewer from 'colorbrewer';
  export default colorbrewer;
}
