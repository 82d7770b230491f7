import { strict as assert } from 'node:assert';
import { findingsOf, flagged } from '../helpers';

/**
 * The kinds written from the sixth held-out corpus's misses and the scolding set's dev part: a
 * learner scolded with no 你 (怎么这么笨, 用用脑子), contempt said outright (我看不起…), thrift mocked
 * (舍不得…就…), the customer's account denied (您一定是弄错了), an order to stop (您不要叫了), a threat
 * tied to the customer's act (你再…我就…), 不是…了吗 said as a statement, and the matter handed to
 * another office (…的事归交警). Each with lines it flags and polite look-alikes that share its words;
 * the lines are written for these tests, not taken from the wild set or an eval corpus.
 */

const line = (text: string) => `坐席:${text}\n`;

const CASES: Array<[string, string, Array<[string, string]>, string[]]> = [
  [
    'scolding with no 你 (怎么这么笨 / 用用脑子)',
    'taboo-phrase',
    [
      ['你说你怎么这么笨呢。', '怎么这么笨'],
      ['為什麼這麼沒用!', '為什麼這麼沒用'],
      ['这都第三遍了,就不能用用脑子吗?', '不能用用脑子'],
      ['做事不动脑子。', '不动脑子'],
      ['简直无可救药。', '无可救药'],
    ],
    ['这个箱子怎么这么笨重,我帮您搬。', '大家动动脑筋,想一想还有什么办法。', '这个游戏叫脑筋急转弯。', '这个药不伤脑子,您放心。'],
  ],
  [
    'contempt said outright (我看不起…)',
    'taboo-phrase',
    [
      ['我最看不起这种人。', '我最看不起'],
      ['说实话我们瞧不起临时抱佛脚的。', '我们瞧不起'],
      ['没有你我照样开店。', '没有你我照样'],
      ['别以为自己很了不起。', '别以为自己很了不起'],
    ],
    [
      '我们不是看不起您,请您理解。',
      '我没看不起您,可能是我没说清楚。',
      '别人看不起这个小店,我们却很珍惜。',
      '没有您的支持,我们走不到今天。',
      '您能坚持下来,真的很了不起。',
    ],
  ],
  [
    'thrift mocked (舍不得…就…)',
    'taboo-phrase',
    [
      ['舍不得花钱就别来。', '舍不得花钱就别'],
      ['要是舍不得请客,那就自己等着。', '舍不得请客,那就自己'],
    ],
    ['如果您舍不得删除,可以先备份。', '这件衣服您要是舍不得穿,我们可以帮您包好。'],
  ],
  [
    'the customer\'s account denied (您一定是弄错了)',
    'taboo-phrase',
    [
      ['您一定是弄错了。', '您一定是弄错了'],
      ['肯定是您自己记错了。', '肯定是您自己记错'],
      ['你准是听错了。', '你准是听错了'],
    ],
    ['一定是我们弄错了,马上为您更正。', '您可能记错了,我帮您再查一下。', '您肯定是着急了,我马上帮您查。'],
  ],
  [
    'an order to stop (您不要叫了)',
    'taboo-phrase',
    [
      ['您不要叫了。', '您不要叫了'],
      ['别吵了,排队。', '别吵了'],
      ['大家不要在这里闹。', '大家不要在这里闹'],
    ],
    [
      '小朋友不要哭,阿姨帮你找妈妈。',
      '请不要大声喧哗。',
      '您不要叫车了,我们安排专车送您。',
      '请别喊他的全名,叫他张先生就好。',
      '您先别着急,我们马上处理。',
    ],
  ],
  [
    'a threat tied to the customer\'s act (你再…我就…)',
    'taboo-phrase',
    [
      ['你再这样,我就叫保安了。', '你再这样,我就叫'],
      ['你再拍我就报警。', '你再拍我就报警'],
      ['你录视频我就打110。', '你录视频我就打110'],
      ['今天就不让你进。', '就不让你进'],
    ],
    ['您再等一下,我就帮您办好。', '您再拨一次,我们马上为您转接。', '您先进来坐,我就去叫医生。'],
  ],
  [
    '不是…了吗 said as a statement',
    'interrogative-tone',
    [
      ['不是给你发短信了吗,自己看。', '不是给你发短信了吗'],
      ['您不是报名了么,去教室等着。', '不是报名了么'],
    ],
    ['请问您不是已经预约了吗?', '您是不是已经报警了?', '是不是已经收到了吗,我帮您查一下。'],
  ],
  [
    'the matter handed to another office (…的事归交警)',
    'negative-wording',
    [
      ['违章的事归交警。', '归交警'],
      ['这事应由街道负责。', '应由街道负责'],
      ['有意见找警察去。', '找警察去'],
    ],
    ['这事归我们管,我马上为您处理。', '这件事由我们负责,请您放心。', '这事归街道管,我帮您转接街道的电话。'],
  ],
  [
    'mockery of the customer\'s haste, words or state (去救火吗, 很有创意呢, 药吃多了, 冥币)',
    'taboo-phrase',
    [
      ['这么急,是赶着去救火吗?', '是赶着去救火吗'],
      ['您这个理由可真特别呢。', '您这个理由可真特别呢'],
      ['您是不是药吃多了?', '药吃多了'],
      ['那就赔您两百块冥币吧。', '赔您两百块冥币'],
    ],
    ['消防员已经去救火了,请您稍等。', '您这个建议很有创意,我们会反馈给产品部门。', '请勿在小区内焚烧冥币纸钱。', '这个药饭后吃,别吃多了。'],
  ],
  [
    'the service called a favour, the customer not needed (就不错了, 是多余的, 骂你了怎么了)',
    'taboo-phrase',
    [
      ['给你修就不错了。', '给你修就不错了'],
      ['你们在这儿也是多余的。', '你们在这儿也是多余的'],
      ['就骂你了,怎么了。', '就骂你了,怎么了'],
    ],
    ['给您办好了,请您核对一下。', '您这份复印件是多余的,不用交。', '能为您服务我们很高兴。'],
  ],
  [
    'questions called a burden (这么简单你都听不懂, 都管你一个人, 还那么多废话)',
    'taboo-phrase',
    [
      ['这么简单的事你都听不懂。', '这么简单的事你都听不懂'],
      ['我们这么忙,光伺候你一个人?', '光伺候你一个'],
      ['哪来那么多废话,还那么多要求。', '还那么多要求'],
      ['你能不能听我说完。', '你能不能听我说完'],
    ],
    ['这个问题很简单,我一说您就明白。', '我们会一直为您服务到底。', '您能不能把身份证号再说一遍?'],
  ],
  [
    'harm promised to the customer\'s body (把你擒在地上, 把你轰出去)',
    'taboo-phrase',
    [
      ['再闹我把你轰出去。', '把你轰出去'],
      ['信我把你摁在地上。', '把你摁在地上'],
    ],
    ['我把您送到门口。', '我把您的资料打印出来。', '我把您的车开出去了,钥匙在前台。'],
  ],
  [
    'doubt called groundless (还有什么好怀疑的)',
    'interrogative-tone',
    [['都给你看了,你还有什么好怀疑的?', '你还有什么好怀疑的']],
    ['您还有什么需要帮助的吗?', '您还有什么不明白的,可以随时问我。'],
  ],
  [
    'the fault laid on the customer\'s use (人为原因造成)',
    'negative-wording',
    [['这个裂痕是人为原因造成的。', '是人为原因造成']],
    ['非人为损坏可以免费维修。', '如果是人为损坏,需要收取维修费用。'],
  ],
  [
    'the customer\'s account thrown back (谁拔你线了)',
    'interrogative-tone',
    [['谁动你东西了?', '谁动你东西了'], ['谁扣你钱了。', '谁扣你钱了']],
    ['请问是谁给您打的电话?', '谁给您办理的业务?', '您要查谁的余额?'],
  ],
  [
    'the complaint called a misunderstanding, the customer\'s breath mocked (一场误会, 有人嘴很臭)',
    'taboo-phrase',
    [
      ['那纯属误会,是您没看清楚。', '纯属误会'],
      ['这原是一场误会。', '这原是一场误会'],
      ['有人嘴太臭了,开窗。', '有人嘴太臭'],
    ],
    ['可能有些误会,我再给您解释一下。', '这是一场误会,给您带来不便非常抱歉。', '口臭可能是牙周病引起的。'],
  ],
  [
    'the service disowned as another\'s (不属于…的业务, 只是代收)',
    'negative-wording',
    [
      ['这个不属于我们公司的业务。', '不属于我们公司的业务'],
      ['我们只是代收,退费找他们。', '只是代收'],
    ],
    ['非常抱歉,这不属于我们的业务范围,建议您拨打银行热线。', '我们营业厅是银行的代收点。', '这笔费用我们只是代收,我帮您联系收费单位。'],
  ],
  [
    'the customer ranked last, or called fussy (全班最差的, 问三问四)',
    'taboo-phrase',
    [
      ['他是全班最懒的。', '全班最懒的'],
      ['你是我见过最难缠的。', '你是我见过最难缠的'],
      ['别问东问西的。', '问东问西'],
    ],
    ['您是我见过最有耐心的客户。', '有问题您尽管问。', '全班最好的是小明。'],
  ],
  [
    'the customer waved off or overruled (想多了, 我说了算, 没有就是没有, 说不清楚, 别打断我, 小事也来投诉, 安静!)',
    'taboo-phrase',
    [
      ['您想多了。', '您想多了'],
      ['这里我说了算。', '这里我说了算'],
      ['我说了不行就是不行。', '不行就是不行'],
      ['跟您说不清楚。', '跟您说不清'],
      ['你能不能别打断我?', '你能不能别打断'],
      ['这是你们自己的问题。', '是你们自己的问题'],
      ['这种小事也来投诉?', '这种小事也来'],
      ['这点小事至于打电话吗?', '这点小事至于'],
      ['安静!', '安静'],
      ['小点声!', '小点声'],
    ],
    [
      '您想多了解一下这个产品吗?',
      '这最终不是我们说了算,要以系统为准。',
      '我们说了算数,请您放心。',
      '这个问题电话里跟您说不清楚,我请工程师上门给您看。',
      '这点小事我们马上帮您处理。',
      '大家请安静,马上开始。',
      '请您小声一点,孩子在睡觉。',
    ],
  ],
  [
    'a question that wants no answer (懂不懂, 还想怎么样, 不想办了, 怪谁)',
    'interrogative-tone',
    [
      ['你懂不懂啊?', '你懂不懂啊'],
      ['您还想怎么样?', '您还想怎么样'],
      ['您是不是不想办了?', '是不是不想办了'],
      ['你自己没看清楚怪谁?', '怪谁'],
    ],
    ['请问您懂不懂英文?', '您还想了解什么?', '这不怪您,是我们没说清楚。', '都怪我们,给您添麻烦了。', '您是不是想办信用卡?'],
  ],
  [
    'the desk called the wrong one, a hotline as a send-off (跟我说有什么用, 打12345去)',
    'negative-wording',
    [
      ['这事跟我说有什么用?', '跟我说有什么用'],
      ['您打12345去吧。', '打12345去吧'],
    ],
    ['您可以拨打12345咨询。', '您先跟我说说情况,我帮您登记。'],
  ],
  [
    'the customer called foolish or ill-bred, the call or service withdrawn, the complaint answered with a way out',
    'taboo-phrase',
    [
      ['你是不是傻?', '你是不是傻'],
      ['你脑子是不是有问题?', '脑子是不是有问题'],
      ['你有没有一点素质?', '有没有一点素质'],
      ['你家里人没教过你吗?', '家里人没教过你'],
      ['这么大年纪了还不懂?', '这么大年纪了还不懂'],
      ['你这是在威胁我吗?', '你这是在威胁我'],
      ['你吼什么吼?', '吼什么吼'],
      ['你态度好点。', '你态度好点'],
      ['再吵就别办了。', '再吵就别办了'],
      ['你再这样我挂了。', '再这样我挂了'],
      ['我挂电话了啊。', '我挂电话了啊'],
      ['不想排队就别来。', '不想排队就别来'],
      ['嫌贵别买。', '嫌贵别买'],
      ['爱去哪儿去哪儿。', '爱去哪儿去哪儿'],
      ['你打市长热线也没用。', '打市长热线也没用'],
    ],
    [
      '这么大年纪了还这么精神,真好。',
      '请大家讲公德,不要乱扔垃圾。',
      '您是不是傻眼了?',
      '不想等的话可以先登记,我们电话通知您。',
      '您要是嫌麻烦,我们可以帮您上门办理。',
      '重启也没用的话,我们安排师傅上门。',
      '我们找厂家也没用,只能给您退款。',
      '那我先挂了,稍后给您回电。',
      '好的,那我先挂了,再见。',
      '请您说话慢一点,我记一下。',
    ],
  ],
  [
    'the matter disowned with scorn (关我什么事)',
    'taboo-phrase',
    [['关我什么事?', '关我什么事']],
    ['这不关您的事,是我们的失误。'],
  ],
  [
    'questions that answer themselves against the customer (有什么好问的, 做慈善的吗, 能怪我吗, 让我怎么办, 哪有这样的道理)',
    'interrogative-tone',
    [
      ['这有什么好问的?', '有什么好问的'],
      ['这还用问吗?', '还用问吗'],
      ['你以为我们是做慈善的吗?', '你以为我们是做慈善'],
      ['这能怪我吗?', '这能怪我吗'],
      ['我能有什么办法?', '我能有什么办法'],
      ['你想让我怎么办?', '你想让我怎么办'],
      ['哪有这样的道理?', '哪有这样的道理'],
    ],
    ['有什么好吃的推荐吗?', '我们能为您做点什么?', '请问您觉得这个方案可能吗?', '这个功能还用得上吗?'],
  ],
  [
    'the choice laid on the customer, the promise-maker as the place to go (又不是我让你买的, 谁说的你找谁)',
    'negative-wording',
    [
      ['又不是我让你买的。', '又不是我让你'],
      ['我们又没逼你。', '我们又没逼你'],
      ['是你自己要买的。', '是你自己要买的'],
      ['早跟你说了你不听。', '早跟你说了你不听'],
      ['谁说的你找谁。', '谁说的你找谁'],
    ],
    ['我们没让您久等吧?', '您的资料是您自己要求寄回的吗?'],
  ],
];

describe('kinds from the sixth held-out corpus and the scolding set', () => {
  for (const [name, rule, hits, clean] of CASES) {
    describe(name, () => {
      for (const [text, expected] of hits) {
        it(`flags "${expected}" in "${text}"`, () => {
          assert.ok(flagged(line(text), rule).some((f) => f.includes(expected)), JSON.stringify(flagged(line(text), rule)));
        });
      }
      for (const text of clean) {
        it(`leaves "${text}" clean`, () => {
          const rules = new Set(['taboo-phrase', 'interrogative-tone', 'negative-wording']);
          assert.deepEqual(findingsOf(line(text)).filter((f) => rules.has(f.rule)).map((f) => `${f.rule}: ${line(text).slice(f.start, f.end)}`), []);
        });
      }
    });
  }
});
