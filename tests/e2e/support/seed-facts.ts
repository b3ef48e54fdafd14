/** What a user should see after the first run imports the five bundled captures. */
export const SEED_ABSTRACTS = 26;
export const SEED_CAPTURES = 5;

export const LINEAR_TEACHERS = {
  title: 'Towards Understanding Learning in Neural Networks with Linear Teachers',
  author: 'Alon Brutzkus',
  year: '2021',
  textStart: 'Can a neural network minimizing cross-entropy learn linearly separable data?',
  captureFile: '004_ad664b81d537d098.txt',
};

/** The Arora et al. abstract has no title line; its list name is its first sentence. */
export const ARORA_START = 'In this paper we investigate the family of functions representable by deep';

export const ENERGY_PROPAGATION = {
  title: 'Energy Propagation in Deep Convolutional Neural Networks',
  authors: 'Thomas Wiatowski, Philipp Grohs, Helmut Bölcskei',
};

/** Lines of page chrome (interface text, footers, stats) that must never show up as content. */
export const CHROME_TEXT: (string | RegExp)[] = [
  'يوجد ملخص باللغة العربية',
  'ترغب بنشر مسار تعليمي',
  'اضغط هنا',
  'نشر من قبل',
  'تاريخ النشر',
  'مجال البحث',
  'والبحث باللغة',
  'اسأل ChatGPT',
  'قيم البحث',
  'اقرأ أيضاً',
  'الأسئلة المقترحة',
  'التعليقات',
  'جاري جلب التعليقات',
  'سجل دخول',
  'هل ترغب بارسال اشعارات',
  'mircosoft-partner',
  'Liked this entry',
  'No comments:',
  'Post a Comment',
  /\d+\s+\d+\s+\d+\.\d+\s+\(\s*\d+\s*\)/,
];

export function containsChrome(text: string): (string | RegExp)[] {
  return CHROME_TEXT.filter((chrome) =>
    typeof chrome === 'string' ? text.includes(chrome) : chrome.test(text),
  );
}
