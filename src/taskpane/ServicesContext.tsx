import { createContext, useContext } from "react";
import type { TaskPaneServices } from "./TaskPaneServices";

export const ServicesContext = createContext<TaskPaneServices | null>(null);

/** The workbook services of the composition root; components never reach Office themselves. */
export function useServices(): TaskPaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices needs a ServicesContext provider (App renders one)");
  return services;
}
