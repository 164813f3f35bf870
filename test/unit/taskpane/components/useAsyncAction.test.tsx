import { act, renderHook } from "@testing-library/react";
import { deferred } from "../../../taskpane/fakeServices";
import { useAsyncAction } from "../../../../src/taskpane/components/useAsyncAction";

describe("useAsyncAction", () => {
  it("starts once when run twice in the same tick, and keeps the result", async () => {
    const work = deferred<string>();
    const action = jest.fn(() => work.promise);
    const { result } = renderHook(() => useAsyncAction(action));
    await act(async () => {
      void result.current.run();
      void result.current.run();
    });
    expect(action).toHaveBeenCalledTimes(1);
    expect(result.current.running).toBe(true);
    await act(async () => work.resolve("ผด.01"));
    expect(result.current.state).toEqual({ status: "done", result: "ผด.01" });
  });

  it("keeps the error and can run again afterwards", async () => {
    const action = jest.fn(async () => Promise.reject(new Error("busy")));
    const { result } = renderHook(() => useAsyncAction(action));
    await act(() => result.current.run());
    expect(result.current.state).toEqual({ status: "failed", error: new Error("busy") });
    await act(() => result.current.run());
    expect(action).toHaveBeenCalledTimes(2);
  });
});
