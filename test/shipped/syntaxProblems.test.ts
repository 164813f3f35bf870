import { syntaxProblems } from "./syntaxProblems";

// The checker the dist test relies on must itself reject what ES2017 engines (EdgeHTML 18, Safari 14) reject.
describe("syntaxProblems (ES2017)", () => {
  it.each([
    ["optional chaining", "a?.b;"],
    ["nullish coalescing", "a ?? b;"],
    ["object spread", "({ ...a });"],
    ["object rest", "const { a, ...rest } = b;"],
    ["class field", "class A { x = 1; }"],
    ["optional catch binding", "try {} catch {}"],
    ["async iteration", "async function f() { for await (const x of y) {} }"],
    ["regex lookbehind", "/(?<=a)b/;"],
    ["regex negative lookbehind", "/(?<!a)b/u;"],
    ["regex named group", "/(?<year>\\d{4})/;"],
    ["regex unicode property", "/\\p{L}/u;"],
    ["regex s flag", "/a.b/s;"],
    ["RegExp from a string with lookbehind", 'new RegExp("(?<=\\\\s)", "u");'],
    ["RegExp from a string with negative lookbehind", 'RegExp("x(?<!a)")'],
    ["RegExp from a string with the v flag", 'new RegExp("[\\\\p{L}--a]", "v");'],
    ["RegExp from a string with the d flag", 'new RegExp("a", "d");'],
    ["dynamic import", 'import("./x.js");'],
    ["module syntax", "export const a = 1;"],
  ])("rejects %s", (_what, source) => {
    expect(syntaxProblems(source, 2017)).not.toEqual([]);
  });

  it.each([
    ["async functions", "async function f() { await g(); }"],
    ["regex u flag", "/[\\u0E00-\\u0E7F]+/u;"],
    ["sticky flag", "/a/y;"],
    ["exponent", "2 ** 3;"],
    ["RegExp from a string", 'new RegExp("^[a/b]+$", "gu");'],
    ["RegExp from a variable", "new RegExp(source, flags);"],
    // Compiled at run time: every target (Safari 14, WebView2) has these ES2018 regex features.
    ["RegExp from a string with a property escape", 'RegExp("\\\\p{Lu}", "u");'],
    ["RegExp from a string with the s flag", 'new RegExp("a.b", "s");'],
    ["RegExp from a string with a named group", 'new RegExp("(?<y>\\\\d+)");'],
    ["RegExp from a string with an emoji property", 'new RegExp("\\\\p{Extended_Pictographic}", "u");'],
    ["RegExp from a string with an escaped parenthesis", 'new RegExp("\\\\(?<=")'],
  ])("accepts %s", (_what, source) => {
    expect(syntaxProblems(source, 2017)).toEqual([]);
  });

  it("points at the offending code", () => {
    const [problem] = syntaxProblems("var a = 1;\nvar b = a?.c;", 2017);
    expect(problem).toContain("a?.c");
  });
});

describe("syntaxProblems (ES3, the start-up guard)", () => {
  it.each([
    ["const", "const a = 1;"],
    ["arrow function", "var f = () => 1;"],
    ["template literal", "var s = `x`;"],
    ["trailing comma in an object", "var o = { a: 1, };"],
    ["reserved word as a property", "o.default = 1;"],
  ])("rejects %s", (_what, source) => {
    expect(syntaxProblems(source, 3)).not.toEqual([]);
  });

  it("accepts ES3", () => {
    expect(syntaxProblems("var o = { a: 1 }; function f(x) { return o['default'] || x; }", 3)).toEqual([]);
  });
});
