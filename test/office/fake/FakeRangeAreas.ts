import { formatAddress, quoteSheet } from "../fakeWorkbookState";
import { FakeConditionalFormatCollection } from "./FakeConditionalFormats";
import { FakeProxy, type Area } from "./FakeProxy";
import { FakeRangeFormat } from "./FakeRangeFormat";

export class FakeRangeAreas extends FakeProxy<Area> {
  protected snapshot(): unknown {
    return undefined;
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, `${this.path}/format`, () => this.resolve());
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, `${this.path}/conditionalFormats`, () =>
      this.resolve(),
    );
  }
}

export class FakeMergedAreas extends FakeProxy<Area> {
  get address(): string {
    return this.read("address");
  }
  protected snapshot({ sheet, rects }: Area, property: string): unknown {
    return property === "address"
      ? rects.map((rect) => `${quoteSheet(sheet.name)}!${formatAddress(rect)}`).join(", ")
      : undefined;
  }
}
