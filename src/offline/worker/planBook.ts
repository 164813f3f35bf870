import type { PlanBookUseCase } from "../session/PlanBookUseCase";

/**
 * The plan book use case for the offline page, or undefined while it is not on this branch (the page
 * then says the book is not in this version). Wire it here when the book (#16) is merged.
 */
export const PLAN_BOOK: PlanBookUseCase | undefined = undefined;
