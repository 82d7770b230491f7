import type { Converter as ConverterFn } from 'opencc-js/t2cn';

/**
 * Messages for readers of traditional Chinese (zh-TW, zh-HK): the zh-CN text through OpenCC with
 * the region's phrase table (s2twp: 软件 → 軟體; s2hk), so there is one text to write and review.
 * OpenCC's simplified → traditional data sits in a file of its own beside the bundle and its
 * converter takes ~150 ms to build: both only when a traditional locale is asked for.
 */
export type Region = 'zh-TW' | 'zh-HK';

interface OpenCCModule {
  Converter: typeof ConverterFn;
}

const converters = new Map<Region, (text: string) => string>();
const done = new Map<string, string>();

function converterFor(region: Region): (text: string) => string {
  let convert = converters.get(region);
  if (!convert) {
    const { Converter } = require('opencc-js/cn2t') as OpenCCModule;
    convert = Converter({ from: 'cn', to: region === 'zh-TW' ? 'twp' : 'hk' });
    converters.set(region, convert);
  }
  return convert;
}

/**
 * The text in the region's script. Quoted phrases are converted too: most are our suggestions,
 * and a phrase quoted from a script written in traditional characters stays as it is.
 */
export function inRegion(text: string, region: Region): string {
  const key = `${region}\u0000${text}`;
  let out = done.get(key);
  if (out === undefined) {
    out = converterFor(region)(text);
    done.set(key, out);
  }
  return out;
}
