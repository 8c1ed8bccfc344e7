// The one schema for both backends: only portable column types.

diesel::table! {
    municipalities (id) {
        id -> Text,
        code -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    providers (id) {
        id -> Text,
        municipality_id -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cohorts (id) {
        id -> Text,
        municipality_id -> Text,
        provider_id -> Text,
        name -> Text,
        starts_on -> Date,
        ends_on -> Date,
        capacity -> Integer,
        room_area_m2 -> Double,
        created_at -> Timestamp,
    }
}

diesel::table! {
    staff (id) {
        id -> Text,
        municipality_id -> Text,
        provider_id -> Nullable<Text>,
        role -> Text,
        name -> Text,
        email -> Text,
        password_hash -> Text,
        active -> Bool,
        created_at -> Timestamp,
        password_changed_at -> Timestamp,
    }
}

diesel::table! {
    participants (id) {
        id -> Text,
        municipality_id -> Text,
        provider_id -> Text,
        family_name -> Text,
        given_name -> Text,
        family_name_kana -> Text,
        given_name_kana -> Text,
        birth_date -> Date,
        sex -> Text,
        referral_source -> Nullable<Text>,
        referred_by_staff_id -> Nullable<Text>,
        created_by_staff_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    enrollments (id) {
        id -> Text,
        participant_id -> Text,
        cohort_id -> Text,
        status -> Text,
        started_on -> Nullable<Date>,
        ended_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    enrollment_codes (id) {
        id -> Text,
        participant_id -> Text,
        code_hash -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        voided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    devices (id) {
        id -> Text,
        participant_id -> Text,
        label -> Text,
        enrolled_at -> Timestamp,
        last_seen_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        revoked_by -> Nullable<Text>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Text,
        token_hash -> Text,
        family_id -> Text,
        staff_id -> Nullable<Text>,
        device_id -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        rotated_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    screenings (id) {
        id -> Text,
        participant_id -> Text,
        answers -> Text,
        height_cm -> Nullable<Double>,
        weight_kg -> Nullable<Double>,
        certification -> Text,
        exclusions -> Text,
        age_years -> Integer,
        eligible -> Bool,
        screened_by -> Text,
        screened_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        staff_id -> Text,
        role -> Text,
        municipality_id -> Text,
        action -> Text,
        participant_id -> Nullable<Text>,
        detail -> Nullable<Text>,
    }
}

diesel::table! {
    server_keys (name) {
        name -> Text,
        value -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(providers -> municipalities (municipality_id));
diesel::joinable!(cohorts -> providers (provider_id));
diesel::joinable!(enrollments -> participants (participant_id));
diesel::joinable!(enrollments -> cohorts (cohort_id));
diesel::joinable!(participants -> providers (provider_id));
diesel::joinable!(devices -> participants (participant_id));
diesel::joinable!(screenings -> participants (participant_id));
diesel::joinable!(screenings -> staff (screened_by));

diesel::allow_tables_to_appear_in_same_query!(
    municipalities,
    providers,
    cohorts,
    staff,
    participants,
    enrollments,
    enrollment_codes,
    devices,
    refresh_tokens,
    screenings,
    audit_log,
    server_keys,
);
