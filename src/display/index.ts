// dhad/display: shaping for renderers without Arabic shaping (canvas, PDF, terminals).
export { shape, shapeWithMap } from './shape.js';
export type { ShapeOptions, ShapedText } from './shape.js';
export { renderHtml, renderDocHtml, toHTML } from './html.js';
export type { HtmlDoc, ToHtmlOptions } from './html.js';
