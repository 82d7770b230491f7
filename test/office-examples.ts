import { docx, xlsx } from './office-files';

/**
 * The Word and Excel scripts of examples/, with mistakes on purpose, as code: `node
 * scripts/office-examples.mjs` writes them (after `tsc -p tsconfig.json`), and a test checks that
 * the committed files are what this gives.
 */
export const OFFICE_EXAMPLES: Record<string, () => Uint8Array> = {
  'outbound-renewal.docx': () =>
    docx([
      { p: '宽带续约外呼话术(2027 版),供外呼组使用。' },
      { heading: '开场' },
      { p: '坐席:您好,我是XX移动客服代表。' },
      { p: '客户:什么事?' },
      { p: '坐席:您的宽带下月到期,现在续约可享八折。', numbered: true },
      { heading: '常见问题' },
      {
        table: [
          ['客户问题', '标准话术'],
          ['太贵了', '这是公司规定,我也没办法。'],
          ['我再考虑一下', '好的,请问还有什么可以帮您?'],
        ],
      },
      { heading: '结束' },
      { p: '坐席:感谢您的接听。' },
    ]),
  'faq-library.xlsx': () =>
    xlsx(
      {
        话术库: [
          ['场景', '客户问题', '标准话术', '备注'],
          ['开场', undefined, '您好,很高兴为您服务,请问有什么可以帮您?', '首问语'],
          ['查询话费', '我这个月怎么扣了这么多钱?', '喂,你自己不会查吗?', undefined],
          [undefined, '能给我发个明细吗?', '稍等,我帮您查一下。', '合并单元格:场景沿用上一行'],
          ['结束', undefined, '感谢您的来电,再见!', undefined],
        ],
      },
      { 话术库: ['A3:A4'] },
    ),
};
