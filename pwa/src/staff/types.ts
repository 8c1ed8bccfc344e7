// The shapes of the program API (/work/notes/api-program.md), as the staff screens read them.

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

export type Phase = "assessment" | "graduation";

export interface Mark {
  item: number;
  doing: boolean;
  want: boolean;
  interested: boolean;
}

export interface OtherMark {
  label: string;
  doing: boolean;
  want: boolean;
  interested: boolean;
}

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

export interface SessionRow {
  number: number;
  date: string;
  kind: "center" | "home";
  attendance: "planned" | "attended" | "absent";
  has_interview: boolean;
  has_tests: boolean;
  tests_due: boolean;
  /** The day that was missed, when this session is a make-up (振替). */
  makeup_of: string | null;
}

export interface Program {
  participant_id: string;
  status: string;
  cohort: { id: string; name: string; starts_on: string; ends_on: string };
  discontinued: { reason: string; note: string; on: string } | null;
  /** Set when the therapist declared the program complete. */
  completion: { note: string; on: string | null } | null;
  sessions: SessionRow[];
  next_session: { number: number; date: string } | null;
  graduation_date: string | null;
}

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

export interface Interview extends InterviewFields, Versioned {
  participant_id: string;
  session_number: number;
  duration_seconds: number | null;
  previous: { session_number: number; next_step: string; quote: string } | null;
  since: { successes: Happening[]; flags: Happening[] };
}

export interface InterviewInput extends InterviewFields {
  duration_seconds: number | null;
}

export interface PerformanceTest {
  session_number: number;
  chair_stand_30s: number | null;
  tug_s: number | null;
  one_leg_left_s: number | null;
  one_leg_right_s: number | null;
  five_sts_s: number | null;
  gait_distance_m: number | null;
  gait_time_s: number | null;
  gait_speed_mps: number | null;
  recorded_at: string;
  recorded_by_name: string;
}

export interface Attention {
  kind: string;
  message: string;
}

export interface Overview {
  cohort: {
    id: string;
    name: string;
    provider_name: string;
    starts_on: string;
    ends_on: string;
    capacity: number;
    room_area_m2: number;
    therapists: number;
    nurses: number;
    aides: number;
  };
  staffing: { ok: boolean; problems: string[]; required: { therapists: number; nurses: number; aides: number; room_area_m2: number } };
  participants: {
    id: string;
    display_name: string;
    status: string;
    sessions_attended: number;
    next_session: { number: number; date: string } | null;
    graduation_date: string | null;
    attention: Attention[];
  }[];
  graduations: { date: string; count: number }[];
}

export interface CalendarFeed {
  id: string;
  created_at: string;
  revoked_at: string | null;
}

export interface NewCalendarFeed {
  id: string;
  url: string;
  created_at: string;
}

export interface Criterion {
  number: number;
  label: string;
  matched: boolean;
  count: number;
  threshold: number;
  items: number[];
}

export interface Screening {
  id: string;
  screened_at: string;
  screened_by_name: string;
  eligible: boolean;
  basis: string | null;
  bmi: number | null;
  certification: string;
  answers?: (boolean | null)[];
  item12?: boolean;
  criteria: Criterion[];
  exclusions: string[];
  reasons: string[];
}

// 毎日の記録 (GET /participants/{id}/daily) and 体操メニュー (exercises, prescriptions).

export interface DayCount {
  date: string;
  exercises: number;
  activities: number;
  flags: number;
}

export interface DiaryEntry {
  client_id: string;
  date: string;
  activity: string;
  minutes: number | null;
  note: string;
  photo_id: string | null;
}

export interface DailyFlag {
  date: string;
  exercise: string;
  exercise_title: string;
  flag: "pain" | "hard";
}

export interface SelfMeasurement {
  date: string;
  systolic: number | null;
  diastolic: number | null;
  pulse: number | null;
  weight_kg: number | null;
}

export interface DailySuccess {
  key: string;
  kind: string;
  date: string;
  text: string;
}

export interface DailyView {
  participant_id: string;
  from: string;
  to: string;
  days: DayCount[];
  diary: DiaryEntry[];
  flags: DailyFlag[];
  measurements: SelfMeasurement[];
  successes: DailySuccess[];
  streak: number;
  last_record_on: string | null;
}

export interface Exercise {
  key: string;
  title: string;
  area: string;
  level: number;
  unit: "reps" | "seconds" | "minutes";
  steps: string[];
  safety: string[];
  picture_url: string | null;
  local: boolean;
}

export interface PrescriptionItem {
  exercise: string;
  amount: number;
  sets: number;
  days_per_week: number;
}

export interface Prescription {
  id: string;
  starts_on: string;
  items: PrescriptionItem[];
  note: string;
  created_at: string;
  created_by_name: string;
}
