import { meetingDate, findDates } from './src/extract/dates.js';
const s = process.argv[2]!; const d = { year: 2024, month: 2, day: 21 };
console.log(JSON.stringify(meetingDate(s, d)), JSON.stringify(findDates(s, d)));
