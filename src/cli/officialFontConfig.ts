import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * LibreOffice has no TH SarabunPSK on Linux and falls back to Laksaman at full size, about 1.5× wider,
 * so wrapped text overflows rows sized for the real font. When the `font-th-sarabun-new` package is
 * installed (a dev dependency: CI and the repo's demo), point fontconfig at its TH Sarabun New files
 * and alias the official names to it, so the PDF has the metrics Excel uses on Windows.
 * @returns extra environment for soffice; empty when the font package is not there.
 */
export async function officialFontEnvironment(workDir: string): Promise<Record<string, string>> {
  let fontsDir: string;
  try {
    fontsDir = join(dirname(require.resolve("font-th-sarabun-new/package.json")), "fonts");
  } catch {
    return {};
  }
  const alias = (family: string): string => `
  <match target="pattern">
    <test name="family" compare="eq"><string>${family}</string></test>
    <edit name="family" mode="prepend" binding="strong"><string>TH Sarabun New</string></edit>
  </match>`;
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fontsDir}</dir>
  <cachedir>${join(workDir, "fontcache")}</cachedir>${alias("TH SarabunPSK")}${alias("TH SarabunIT๙")}${alias("TH Sarabun PSK")}
</fontconfig>
`;
  await mkdir(workDir, { recursive: true });
  const file = join(workDir, "fonts.conf");
  await writeFile(file, conf, "utf8");
  return { FONTCONFIG_FILE: file };
}
