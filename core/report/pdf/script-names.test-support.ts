// Names and notes in every script the reports print, for the PDF tests (report-scripts.test.ts)
// and the app's end-to-end report test (test/e2e/reports.spec.ts).

/** One name per script, as a user would type them (emoji included). */
export const NAMES = {
  japanese: '東京 港湾 パートナーシップ 🤝',
  latin: 'Café Collective 🌱 #3',
  greek: 'Ἀθηνᾶ Συνεργασία',
  cyrillic: 'Москва Партнёрство',
  hebrew: 'שותפות ירושלים',
  arabic: 'شراكة القاهرة',
  devanagari: 'मुंबई साझेदारी हिन्दी',
  thai: 'กรุงเทพ หุ้นส่วน',
  chinese: '北京 合作伙伴',
  korean: '서울 파트너십',
  emoji: 'Family 👨‍👩‍👧 day 🎉',
  emojiInARow: 'Party 🎉🎉 then 🎉🌱',
  thumbs: 'Agreed 👍👍👍',
  keycaps: 'Step 1️⃣ then #️⃣ done',
  hyphens: 'check‑in on 2026‑04‑08',
};
