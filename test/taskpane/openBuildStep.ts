import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { fakeServices } from "./fakeServices";
import { renderApp } from "./renderApp";

/** Renders the pane over `services` and opens step 4 (build), waiting for its edition boxes. */
export async function openBuildStep(services: ReturnType<typeof fakeServices>) {
  const user = userEvent.setup();
  renderApp(services);
  await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
  await user.click(screen.getByRole("button", { name: /จัดทำแบบ ผด\./ }));
  await screen.findByRole("checkbox", { name: "ฉบับหลัก" });
  return user;
}
