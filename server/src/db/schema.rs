// The one schema for both backends: only portable column types.

diesel::table! {
    municipalities (id) {
        id -> Text,
        code -> Text,
        name -> Text,
        created_at -> Timestamp,
        two_factor_required -> Bool,
        program_end_text -> Text,
        staffing_rule -> Text,
        push_contact -> Text,
        closed_days -> Text,
    }
}

diesel::table! {
    providers (id) {
        id -> Text,
        municipality_id -> Text,
        name -> Text,
        created_at -> Timestamp,
        address -> Text,
        phone -> Text,
        kind -> Text,
        active -> Bool,
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
        therapists -> Integer,
        nurses -> Integer,
        aides -> Integer,
        weekday -> Nullable<Integer>,
        starts_at -> Nullable<Text>,
        ends_at -> Nullable<Text>,
        venue -> Text,
        transport -> Bool,
        meeting_point -> Text,
        home_visits -> Text,
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
        discontinued_reason -> Nullable<Text>,
        discontinued_note -> Nullable<Text>,
        completion_note -> Nullable<Text>,
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
        kind -> Text,
    }
}

diesel::table! {
    family_codes (id) {
        id -> Text,
        participant_id -> Text,
        code_hash -> Text,
        consent_method -> Text,
        wording_version -> Text,
        paper_kept_at -> Nullable<Text>,
        asked_by_device -> Nullable<Text>,
        asked_by_staff -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        voided_at -> Nullable<Timestamp>,
        device_id -> Nullable<Text>,
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
        replaced_by -> Nullable<Text>,
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

diesel::table! {
    assessments (participant_id) {
        participant_id -> Text,
        version -> Integer,
        visited_on -> Nullable<Date>,
        difficulties -> Text,
        difficulties_note -> Text,
        home_environment -> Text,
        wishes -> Text,
        referred_by -> Text,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    interest_checklists (participant_id, phase) {
        participant_id -> Text,
        phase -> Text,
        version -> Integer,
        filled_on -> Nullable<Date>,
        items -> Text,
        others -> Text,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    goals (id) {
        id -> Text,
        participant_id -> Text,
        version -> Integer,
        status -> Text,
        text -> Text,
        source_item -> Nullable<Integer>,
        source_other -> Nullable<Text>,
        performance_start -> Nullable<Integer>,
        satisfaction_start -> Nullable<Integer>,
        performance_end -> Nullable<Integer>,
        satisfaction_end -> Nullable<Integer>,
        gas -> Nullable<Integer>,
        previous_goal_id -> Nullable<Text>,
        created_by -> Text,
        created_at -> Timestamp,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    goal_steps (id) {
        id -> Text,
        goal_id -> Text,
        position -> Integer,
        text -> Text,
        target_session -> Integer,
        reached_session -> Nullable<Integer>,
        reached_on -> Nullable<Date>,
    }
}

diesel::table! {
    program_sessions (participant_id, number) {
        participant_id -> Text,
        number -> Integer,
        date -> Date,
        kind -> Text,
        attendance -> Text,
        updated_by -> Text,
        updated_at -> Timestamp,
        makeups -> Integer,
        missed_on -> Nullable<Date>,
    }
}

diesel::table! {
    interviews (participant_id, session_number) {
        participant_id -> Text,
        session_number -> Integer,
        version -> Integer,
        went_well -> Text,
        difficulties -> Text,
        goal_progress -> Text,
        next_step -> Text,
        quote -> Text,
        notes -> Text,
        duration_seconds -> Nullable<Integer>,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    performance_tests (participant_id, session_number) {
        participant_id -> Text,
        session_number -> Integer,
        chair_stand_30s -> Nullable<Integer>,
        tug_s -> Nullable<Double>,
        one_leg_left_s -> Nullable<Double>,
        one_leg_right_s -> Nullable<Double>,
        five_sts_s -> Nullable<Double>,
        gait_distance_m -> Nullable<Double>,
        gait_time_s -> Nullable<Double>,
        gait_speed_mps -> Nullable<Double>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    calendar_feeds (id) {
        id -> Text,
        staff_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    media (id) {
        id -> Text,
        municipality_id -> Text,
        participant_id -> Nullable<Text>,
        purpose -> Text,
        width -> Integer,
        height -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    media_blobs (media_id, size) {
        media_id -> Text,
        size -> Text,
        bytes -> Binary,
    }
}

diesel::table! {
    local_exercises (id) {
        id -> Text,
        municipality_id -> Text,
        key -> Text,
        title -> Text,
        area -> Text,
        level -> Integer,
        unit -> Text,
        steps -> Text,
        safety -> Text,
        picture_id -> Nullable<Text>,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    prescriptions (id) {
        id -> Text,
        participant_id -> Text,
        starts_on -> Date,
        items -> Text,
        note -> Text,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    events (seq) {
        seq -> BigInt,
        participant_id -> Text,
        client_id -> Text,
        device_id -> Text,
        kind -> Text,
        local_date -> Date,
        payload -> Text,
        retracts -> Nullable<Text>,
        recorded_at -> Timestamp,
        received_at -> Timestamp,
        source -> Text,
        entered_by -> Nullable<Text>,
    }
}

diesel::table! {
    success_state (participant_id) {
        participant_id -> Text,
        seen_seq -> BigInt,
        progress -> Text,
    }
}

diesel::table! {
    successes (participant_id, key) {
        participant_id -> Text,
        key -> Text,
        kind -> Text,
        date -> Date,
        text -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    messages (id) {
        id -> Text,
        participant_id -> Text,
        staff_id -> Text,
        text -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    push_subscriptions (id) {
        id -> Text,
        participant_id -> Text,
        device_id -> Text,
        endpoint -> Text,
        p256dh -> Text,
        auth -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reminder_settings (participant_id) {
        participant_id -> Text,
        daily_time -> Nullable<Text>,
        session_days -> Bool,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    jobs (id) {
        id -> Text,
        kind -> Text,
        participant_id -> Text,
        payload -> Text,
        dedupe_key -> Text,
        run_at -> Timestamp,
        attempts -> Integer,
        lease_owner -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
        done_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    staff_two_factor (staff_id) {
        staff_id -> Text,
        secret -> Text,
        created_at -> Timestamp,
        confirmed_at -> Nullable<Timestamp>,
        last_used_step -> Nullable<BigInt>,
    }
}

diesel::table! {
    staff_recovery_codes (id) {
        id -> Text,
        staff_id -> Text,
        code_hash -> Text,
        created_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    coordinator_teams (staff_id) {
        staff_id -> Text,
        team -> Text,
    }
}

diesel::table! {
    exit_settings (municipality_id) {
        municipality_id -> Text,
        support_counts_as_graduation -> Bool,
    }
}

diesel::table! {
    consents (id) {
        id -> Text,
        participant_id -> Text,
        municipality_id -> Text,
        purpose -> Text,
        recipient_staff_id -> Nullable<Text>,
        recipient_team -> Nullable<Text>,
        parts -> Text,
        valid_from -> Date,
        valid_until -> Date,
        method -> Text,
        state -> Text,
        wording_version -> Text,
        paper_kept_at -> Nullable<Text>,
        proxy_name -> Nullable<Text>,
        proxy_relationship -> Nullable<Text>,
        created_by -> Text,
        created_at -> Timestamp,
        given_at -> Nullable<Timestamp>,
        given_device_id -> Nullable<Text>,
        recorded_by -> Nullable<Text>,
        withdrawn_at -> Nullable<Timestamp>,
        withdrawn_via -> Nullable<Text>,
        withdrawn_by -> Nullable<Text>,
    }
}

diesel::table! {
    staff_links (id) {
        id -> Text,
        staff_id -> Text,
        purpose -> Text,
        token_hash -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        voided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    handoffs (id) {
        id -> Text,
        participant_id -> Text,
        municipality_id -> Text,
        coordinator_id -> Text,
        consent_id -> Text,
        state -> Text,
        reason -> Nullable<Text>,
        note -> Text,
        sent_on -> Date,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    handoff_events (id) {
        id -> Text,
        handoff_id -> Text,
        state -> Text,
        reason -> Nullable<Text>,
        note -> Text,
        on_date -> Date,
        by_staff -> Nullable<Text>,
        by_person -> Bool,
        at -> Timestamp,
        place_id -> Nullable<Text>,
    }
}

diesel::table! {
    places (id) {
        id -> Text,
        municipality_id -> Text,
        version -> Integer,
        name -> Text,
        kind -> Text,
        tags -> Text,
        free_tags -> Text,
        area -> Nullable<Text>,
        address -> Text,
        schedule -> Text,
        cost -> Text,
        transport -> Text,
        accessibility -> Text,
        description -> Text,
        contact -> Text,
        volunteer_roles -> Text,
        last_verified_on -> Nullable<Date>,
        active -> Bool,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    place_photos (media_id) {
        media_id -> Text,
        place_id -> Text,
        position -> Integer,
        caption -> Text,
        added_by -> Text,
        added_at -> Timestamp,
    }
}

diesel::joinable!(place_photos -> media (media_id));
diesel::joinable!(place_photos -> places (place_id));

diesel::table! {
    graduation_reviews (participant_id) {
        participant_id -> Text,
        version -> Integer,
        reviewed_on -> Nullable<Date>,
        outcome -> Nullable<Text>,
        body -> Text,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    end_explanations (participant_id) {
        participant_id -> Text,
        version -> Integer,
        explained_on -> Nullable<Date>,
        explained_by -> Nullable<Text>,
        to_whom -> Nullable<Text>,
        medium -> Nullable<Text>,
        wording_version -> Text,
        wish -> Text,
        wish_items -> Text,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    session_checks (participant_id, session_number) {
        participant_id -> Text,
        session_number -> Integer,
        systolic -> Nullable<Integer>,
        diastolic -> Nullable<Integer>,
        pulse -> Nullable<Integer>,
        feeling -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::joinable!(providers -> municipalities (municipality_id));
diesel::joinable!(cohorts -> providers (provider_id));
diesel::joinable!(enrollments -> participants (participant_id));
diesel::joinable!(follow_ups -> participants (participant_id));
diesel::joinable!(enrollments -> cohorts (cohort_id));
diesel::joinable!(participants -> providers (provider_id));
diesel::joinable!(devices -> participants (participant_id));
diesel::joinable!(family_codes -> participants (participant_id));
diesel::joinable!(screenings -> participants (participant_id));
diesel::joinable!(screenings -> staff (screened_by));
diesel::joinable!(goal_steps -> goals (goal_id));
diesel::joinable!(program_sessions -> participants (participant_id));
diesel::joinable!(calendar_feeds -> staff (staff_id));
diesel::joinable!(messages -> staff (staff_id));
diesel::joinable!(push_subscriptions -> devices (device_id));
diesel::joinable!(push_subscriptions -> participants (participant_id));
diesel::joinable!(reminder_settings -> participants (participant_id));
diesel::joinable!(jobs -> participants (participant_id));
diesel::joinable!(consents -> participants (participant_id));
diesel::joinable!(handoffs -> participants (participant_id));
diesel::joinable!(handoffs -> consents (consent_id));
diesel::joinable!(handoff_events -> handoffs (handoff_id));

diesel::table! {
    follow_ups (id) {
        id -> Text,
        enrollment_id -> Text,
        participant_id -> Text,
        municipality_id -> Text,
        months -> Integer,
        due_on -> Date,
        assignee_kind -> Text,
        assigned_staff_id -> Nullable<Text>,
        consent_id -> Nullable<Text>,
        done_on -> Nullable<Date>,
        record -> Nullable<Text>,
        status -> Nullable<Text>,
        recorded_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

// The circle (2026-12-04-300000_circle): volunteers, the structured referrer, feedback.
diesel::table! {
    volunteers (id) {
        id -> Text,
        participant_id -> Text,
        municipality_id -> Text,
        status -> Text,
        roles -> Text,
        skills -> Text,
        availability -> Text,
        area -> Nullable<Text>,
        trainings -> Text,
        offered_at -> Text,
        status_on -> Date,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    volunteer_activities (id) {
        id -> Text,
        volunteer_id -> Text,
        on_date -> Date,
        place_id -> Nullable<Text>,
        place_name -> Text,
        role -> Text,
        minutes -> Integer,
        recorded_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    referrers (participant_id) {
        participant_id -> Text,
        municipality_id -> Text,
        kind -> Text,
        organisation -> Text,
        person -> Text,
        contact -> Text,
        staff_id -> Nullable<Text>,
        volunteer_id -> Nullable<Text>,
        updated_by -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    referrer_feedback (id) {
        id -> Text,
        participant_id -> Text,
        municipality_id -> Text,
        event -> Text,
        event_key -> Text,
        event_on -> Date,
        body -> Text,
        delivery -> Text,
        addressee -> Text,
        recipient_staff_id -> Nullable<Text>,
        consent_id -> Nullable<Text>,
        sent_by -> Text,
        sent_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(volunteers -> participants (participant_id));
diesel::joinable!(volunteer_activities -> volunteers (volunteer_id));

diesel::table! {
    evaluation_settings (municipality_id) {
        municipality_id -> Text,
        indicator -> Text,
        checklist_k -> Integer,
        rating_m -> Integer,
        margin_cs30 -> Double,
        margin_tug_s -> Double,
        margin_five_sts_s -> Double,
        margin_one_leg_s -> Double,
        margin_gait_mps -> Double,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    cost_plans (municipality_id, fiscal_year) {
        municipality_id -> Text,
        fiscal_year -> Integer,
        users -> Integer,
        finish_bp -> Integer,
        improve_bp -> Integer,
        graduation_bp -> Integer,
        cost_yen -> BigInt,
        effect_mode -> Text,
        per_graduate_yen -> BigInt,
        retention_bp -> Text,
        basis -> Text,
        user_share_bp -> Integer,
        share_day1_bp -> Integer,
        share_day2_bp -> Integer,
        share_home1_bp -> Integer,
        share_home2_bp -> Integer,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    unit_prices (municipality_id, fiscal_year, service) {
        municipality_id -> Text,
        fiscal_year -> Integer,
        service -> Text,
        price_yen -> BigInt,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    municipalities,
    providers,
    cohorts,
    staff,
    participants,
    enrollments,
    enrollment_codes,
    devices,
    family_codes,
    refresh_tokens,
    screenings,
    audit_log,
    server_keys,
    assessments,
    interest_checklists,
    goals,
    goal_steps,
    program_sessions,
    interviews,
    performance_tests,
    calendar_feeds,
    media,
    media_blobs,
    local_exercises,
    prescriptions,
    events,
    successes,
    messages,
    push_subscriptions,
    reminder_settings,
    jobs,
    staff_two_factor,
    staff_recovery_codes,
    coordinator_teams,
    exit_settings,
    evaluation_settings,
    cost_plans,
    unit_prices,
    consents,
    handoffs,
    handoff_events,
    graduation_reviews,
    end_explanations,
    places,
    place_photos,
    staff_links,
    session_checks,
    follow_ups,
    volunteers,
    volunteer_activities,
    referrers,
    referrer_feedback,
);

// The notebook and safety (2026-12-02-300000_notebook), kept apart so they are read by
// themselves.
diesel::table! {
    safety_thresholds (municipality_id) {
        municipality_id -> Text,
        systolic_high -> Integer,
        systolic_low -> Integer,
        diastolic_high -> Integer,
        pulse_high -> Integer,
        pulse_low -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    municipality_contacts (id) {
        id -> Text,
        municipality_id -> Text,
        kind -> Text,
        name -> Text,
        phone -> Text,
        position -> Integer,
    }
}

diesel::table! {
    provider_contacts (provider_id) {
        provider_id -> Text,
        phone -> Text,
        venue -> Text,
        session_time -> Text,
    }
}

diesel::table! {
    notebook_contacts (id) {
        id -> Text,
        participant_id -> Text,
        kind -> Text,
        name -> Text,
        relation -> Text,
        phone -> Text,
        position -> Integer,
    }
}

diesel::table! {
    self_checks (id) {
        id -> Text,
        participant_id -> Text,
        taken_on -> Date,
        answers -> Text,
        created_at -> Timestamp,
    }
}

// What staff keep about a participant (2026-12-04-100000_participant_record).
diesel::table! {
    participant_records (participant_id) {
        participant_id -> Text,
        conditions -> Text,
        medication -> Text,
        transport -> Text,
        updated_at -> Timestamp,
        updated_by -> Text,
    }
}

// After the program, more (2026-12-04-200000_exit_more): the participant's self-report at a
// follow-up and the coordinator's attendance checks at a connected place.
diesel::table! {
    follow_up_self_reports (follow_up_id) {
        follow_up_id -> Text,
        participant_id -> Text,
        outings -> Text,
        places -> Text,
        exercise -> Text,
        answered_on -> Date,
        answered_at -> Timestamp,
        device_id -> Nullable<Text>,
    }
}

diesel::table! {
    place_attendance_checks (id) {
        id -> Text,
        handoff_id -> Text,
        participant_id -> Text,
        municipality_id -> Text,
        place_id -> Text,
        attending -> Bool,
        last_seen_on -> Nullable<Date>,
        checked_on -> Date,
        note -> Text,
        by_staff -> Text,
        at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(follow_up_self_reports, follow_ups);
// Personal-data requests (2026-12-04-600000_privacy_requests).
diesel::table! {
    correction_requests (id) {
        id -> Text,
        participant_id -> Text,
        requested -> Text,
        received_on -> Date,
        handling -> Text,
        handled_on -> Nullable<Date>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    use_stops (id) {
        id -> Text,
        participant_id -> Text,
        reason -> Text,
        stopped_at -> Timestamp,
        stopped_by -> Text,
        lifted_at -> Nullable<Timestamp>,
        lifted_by -> Nullable<Text>,
    }
}

diesel::allow_tables_to_appear_in_same_query!(use_stops, participants);
diesel::allow_tables_to_appear_in_same_query!(use_stops, consents);
diesel::allow_tables_to_appear_in_same_query!(use_stops, volunteers);
// The participant scope (`participants::visible`) reads use_stops as a subquery of the
// queries that read these.
diesel::allow_tables_to_appear_in_same_query!(use_stops, enrollments);
diesel::allow_tables_to_appear_in_same_query!(use_stops, cohorts);
diesel::allow_tables_to_appear_in_same_query!(use_stops, providers);
diesel::allow_tables_to_appear_in_same_query!(use_stops, screenings);
diesel::allow_tables_to_appear_in_same_query!(use_stops, program_sessions);
