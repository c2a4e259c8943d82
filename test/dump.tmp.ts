import { readWorkbook } from '../src/cli/readWorkbook';
(async () => {
  const [g] = await readWorkbook(process.argv[2]!);
  for (let r = Number(process.argv[3]); r < Number(process.argv[4]); r++) console.log(r + 1, JSON.stringify(Array.from({ length: g!.colCount }, (_, c) => g!.text(r, c))));
})();
