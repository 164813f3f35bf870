import fc from "fast-check";
import {
  comparableName,
  nameSimilarity,
  namesPlainlyDiffer,
} from "../../../../src/domain/devplan/nameSimilarity";
import { projectNameKey, villagesOf } from "../../../../src/domain/devplan/projectNameKey";

const differ = (a: string, b: string): boolean => namesPlainlyDiffer(comparableName(a), comparableName(b));

describe("projectNameKey", () => {
  it("writes abbreviations out and drops โครงการ, spacing, digit forms and the fiscal year", () => {
    const key = projectNameKey("ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3");
    for (const name of [
      "โครงการก่อสร้างถนน ค.ส.ล. ม.๓",
      "ก่อสร้างถนน คสล.ม.3",
      "โครงการก่อสร้างถนน คสล. หมู่ 3",
      "โครงการก่อสร้างถนน คสล. หมู่ที่ 3 ประจำปีงบประมาณ พ.ศ. 2570",
      "ก่อสร้าง\u00a0ถนน  คสล.\u200b ม. 3",
    ])
      expect(projectNameKey(name)).toBe(key);
    expect(projectNameKey("ซ่อมแซม รร.บ้านโคก และ ศพด.")).toBe(
      projectNameKey("ซ่อมแซมโรงเรียนบ้านโคกและศูนย์พัฒนาเด็กเล็ก"),
    );
    expect(projectNameKey("อบรม อสม. ที่ รพ.สต.")).toBe(
      projectNameKey("อบรมอาสาสมัครสาธารณสุขประจำหมู่บ้านที่โรงพยาบาลส่งเสริมสุขภาพตำบล"),
    );
  });

  it("keeps a unit's ม. (กม., ซม.) apart from a village", () => {
    expect(projectNameKey("ถนนยาว 2 กม.3 สาย")).not.toContain("หมู่ที่");
  });
});

describe("villagesOf", () => {
  it("reads single villages, lists and ranges", () => {
    expect([...villagesOf("ซ่อมถนน ม.1-3 และหมู่ที่ 7")].sort()).toEqual([1, 2, 3, 7]);
    expect([...villagesOf("ขยายเขตประปา หมู่ที่ ๒, ๕")].sort()).toEqual([2, 5]);
    expect(villagesOf("จัดงานวันเด็ก").size).toBe(0);
  });
});

describe("namesPlainlyDiffer", () => {
  it.each([
    ["โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3", "ก่อสร้างถนน คสล. ม.3"],
    ["โครงการจัดงานวันเด็กแห่งชาติ ประจำปี 2570", "โครงการจัดงานวันเด็กแห่งชาติ"],
    ["อุดหนุนโครงการอาหารกลางวัน รร.บ้านหนองบัว", "อุดหนุนอาหารกลางวันโรงเรียนบ้านหนองบัว"],
    ["โครงการป้องกันและแก้ไขปัญหายาเสพติด", "โครงการป้องกันและแก้ไขปัญหายาเสพติดในชุมชน"],
    ["โครงการก่อสร้างรางระบายน้ำ คสล. สายบ้านนายแดง หมู่ที่ 2", "ก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก ม.2"],
    ["โครงการส่งเสริมอาชีพกลุ่มสตรี", "โครงการส่งเสริมอาชีพให้กลุ่มสตรีแม่บ้าน"],
    ["โครงการเบี้ยยังชีพผู้สูงอายุ", "โครงการสนับสนุนเบี้ยยังชีพผู้สูงอายุ"],
    ["โครงการก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต", "ก่อสร้างถนนลาดยางแอสฟัลต์ติกคอนกรีต"],
    ["โครงการปรับปรุงระบบประปาหมู่บ้าน หมู่ที่ 2", "ปรับปรุงระบบประปาหมูบ้าน หมู่ที่ 2"],
  ])("%p and %p name one project", (a, b) => {
    expect(differ(a, b)).toBe(false);
  });

  it.each([
    ["ก่อสร้างถนน คสล. ม.3", "ก่อสร้างถนน คสล. ม.5"],
    ["โครงการฝึกอบรมอาชีพ", "ก่อสร้างถนน คสล."],
    ["โครงการแข่งขันกีฬาต้านยาเสพติด", "โครงการจัดงานประเพณีลอยกระทง"],
    ["โครงการติดตั้งไฟฟ้าส่องสว่าง", "โครงการขยายเขตไฟฟ้า"],
    ["โครงการซ่อมแซมถนนลูกรัง", "โครงการก่อสร้างถนนลูกรัง"],
  ])("%p and %p plainly differ", (a, b) => {
    expect(differ(a, b)).toBe(true);
  });

  it("is symmetric, and a name never differs from itself", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const [x, y] = [comparableName(a), comparableName(b)];
        expect(nameSimilarity(x, y)).toBeCloseTo(nameSimilarity(y, x), 10);
        expect(namesPlainlyDiffer(x, y)).toBe(namesPlainlyDiffer(y, x));
        expect(namesPlainlyDiffer(x, x)).toBe(false);
      }),
    );
  });
});
