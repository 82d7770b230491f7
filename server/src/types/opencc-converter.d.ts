// opencc-js ships ESM types for its CommonJS bundles; tsconfig `paths` points its subpaths here.
export declare function Converter(options: { from: string; to: string }): (text: string) => string;
