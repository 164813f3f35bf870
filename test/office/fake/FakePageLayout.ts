import type { FakeSheet } from "../fakeWorkbookState";
import { FakeProxy } from "./FakeProxy";

export class FakePageLayout extends FakeProxy<FakeSheet> {
  protected snapshot(sheet: FakeSheet, property: string): unknown {
    return sheet.pageLayout[property];
  }
  private setLayout(key: string, value: unknown): void {
    this.command(`pageLayout.${key}`, value, (sheet) => (sheet.pageLayout[key] = value));
  }
  set paperSize(value: string) {
    this.setLayout("paperSize", value);
  }
  set orientation(value: string) {
    this.setLayout("orientation", value);
  }
  set zoom(value: Record<string, number>) {
    this.setLayout("zoom", value);
  }
  set centerHorizontally(value: boolean) {
    this.setLayout("centerHorizontally", value);
  }
  setPrintTitleRows(rows: string): void {
    this.setLayout("printTitleRows", rows);
  }
  setPrintMargins(unit: string, margins: Record<string, number>): void {
    this.setLayout("margins", { unit, ...margins });
  }
  setPrintArea(address: string): void {
    this.setLayout("printArea", address);
  }
  set firstPageNumber(value: number | "") {
    this.setLayout("firstPageNumber", value);
  }
  /** Header/footer texts land in pageLayout as "rightHeader", "firstPage.rightHeader", …; state as "headerFooterState". */
  get headersFooters(): {
    state: unknown;
    defaultForAllPages: Record<"rightHeader" | "centerFooter", unknown>;
    firstPage: Record<"rightHeader" | "centerFooter", unknown>;
  } {
    const set = (key: string, value: unknown): void => this.setLayout(key, value);
    const headerFooter = (prefix: string): Record<"rightHeader" | "centerFooter", unknown> => ({
      set rightHeader(value: unknown) {
        set(`${prefix}rightHeader`, value);
      },
      get rightHeader(): unknown {
        throw new Error("PropertyNotLoaded: rightHeader");
      },
      set centerFooter(value: unknown) {
        set(`${prefix}centerFooter`, value);
      },
      get centerFooter(): unknown {
        throw new Error("PropertyNotLoaded: centerFooter");
      },
    });
    return {
      set state(value: unknown) {
        set("headerFooterState", value);
      },
      get state(): unknown {
        throw new Error("PropertyNotLoaded: headersFooters.state");
      },
      defaultForAllPages: headerFooter(""),
      firstPage: headerFooter("firstPage."),
    };
  }
}
