// Runs outside jest (where pngjs's decoding is tens of times slower): compares two PNG files with pixelmatch,
// writes the difference image and prints {"width", "height", "differentPixels"} as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const [reference, actual, diffFile, threshold] = process.argv.slice(2);
const want = PNG.sync.read(readFileSync(reference));
const got = PNG.sync.read(readFileSync(actual));
if (want.width !== got.width || want.height !== got.height) {
  console.log(
    JSON.stringify({ error: `screenshot is ${got.width}×${got.height}, reference ${want.width}×${want.height}` }),
  );
  process.exit(0);
}
const diff = new PNG({ width: got.width, height: got.height });
const differentPixels = pixelmatch(want.data, got.data, diff.data, got.width, got.height, {
  threshold: Number(threshold),
});
writeFileSync(diffFile, PNG.sync.write(diff));
console.log(JSON.stringify({ width: got.width, height: got.height, differentPixels }));
