// The shapes of the program API, as the staff screens read them: the generated ones
// (api-types.ts, from the server's OpenAPI document) where they fit; by hand where a screen
// treats a field the server may leave out (an input's default) as always there.

import type { Schemas } from "../api";

export interface Versioned {
  version: number;
  updated_at?: string | null;
  updated_by_name?: string | null;
}

export const DIFFICULTY_KEYS = [
  "shoes",
  "stairs",
  "bathing",
  "toilet",
  "dressing",
  "cooking",
  "cleaning",
  "laundry",
  "shopping",
  "walking_outside",
  "bus_train",
  "carrying",
  "getting_up",
  "garbage",
] as const;

export interface AssessmentInput {
  visited_on: string | null;
  difficulties: string[];
  difficulties_note: string;
  home_environment: string;
  wishes: string;
  referred_by: string;
}

export interface Assessment extends AssessmentInput, Versioned {
  participant_id: string;
}

export type Phase = Schemas["Phase"];

export type Mark = Schemas["Mark"];

export type OtherMark = Schemas["OtherMark"];

export interface ChecklistInput {
  filled_on: string | null;
  items: Mark[];
  others: OtherMark[];
}

export interface Checklist extends ChecklistInput, Versioned {
  phase: Phase;
}

export interface Checklists {
  participant_id: string;
  assessment: Checklist;
  graduation: Checklist;
}

export interface Step {
  id: string;
  position: number;
  text: string;
  target_session: number;
  reached_session: number | null;
  reached_on: string | null;
}

export interface Goal extends Versioned {
  id: string;
  participant_id: string;
  status: "active" | "raised";
  text: string;
  source_item: number | null;
  source_other: string | null;
  performance_start: number | null;
  satisfaction_start: number | null;
  performance_end: number | null;
  satisfaction_end: number | null;
  gas: number | null;
  previous_goal_id: string | null;
  steps: Step[];
  created_at: string;
}

export interface NewGoal {
  text: string;
  source_item: number | null;
  source_other: string | null;
  performance_start: number | null;
  satisfaction_start: number | null;
  steps: { text: string; target_session: number }[];
}

export interface GoalUpdate {
  text: string;
  source_item: number | null;
  source_other: string | null;
  performance_start: number | null;
  satisfaction_start: number | null;
  performance_end: number | null;
  satisfaction_end: number | null;
  gas: number | null;
  steps: { id?: string; text: string; target_session: number; reached_session: number | null }[];
}

export type SessionRow = Schemas["Session"];

export type Program = Schemas["Program"];

export const DISCONTINUE_REASONS = ["illness", "hospitalized", "injury", "family", "moved", "own_wish", "care_service", "other"] as const;

export interface InterviewFields {
  went_well: string;
  difficulties: string;
  goal_progress: string;
  next_step: string;
  quote: string;
  notes: string;
}

export const INTERVIEW_FIELDS = ["went_well", "difficulties", "goal_progress", "next_step", "quote", "notes"] as const;

export interface Happening {
  kind: string;
  text: string;
  on: string;
}

export type Interview = Schemas["Interview"];

export interface InterviewInput extends InterviewFields {
  duration_seconds: number | null;
}

export type PerformanceTest = Schemas["PerformanceTest"];

export type Attention = Schemas["Attention"];

export type Overview = Schemas["Overview"];

export type CalendarFeed = Schemas["Feed"];

export type NewCalendarFeed = Schemas["NewFeed"];

export type Criterion = Schemas["Criterion"];

export type Screening = Schemas["ScreeningResult"];

// 毎日の記録 (GET /participants/{id}/daily) and 体操メニュー (exercises, prescriptions).

export type DayCount = Schemas["Day"];

export type DiaryEntry = Schemas["DiaryEntry"];

export type DailyFlag = Schemas["Flag"];

export interface SelfMeasurement {
  date: string;
  systolic: number | null;
  diastolic: number | null;
  pulse: number | null;
  weight_kg: number | null;
}

export type DailySuccess = Schemas["Success"];

export interface DailyView {
  participant_id: string;
  from: string;
  to: string;
  days: DayCount[];
  diary: DiaryEntry[];
  flags: DailyFlag[];
  measurements: SelfMeasurement[];
  /** Readings that held exercise back, newest first (safety first). */
  unsafe_readings: Schemas["ReadingEntry"][];
  /** Records made on a family phone on the person's behalf (ご家族が記録), newest first. */
  family_records: Schemas["FamilyRecord"][];
  successes: DailySuccess[];
  streak: number;
  last_record_on: string | null;
}

export type Exercise = Schemas["ExerciseInfo"];

export type PrescriptionItem = Schemas["PlanItem"];

export type Prescription = Schemas["Prescription"];
