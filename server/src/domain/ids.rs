//! One type per kind of id. A participant's id cannot be passed where a staff member's is
//! expected, and a function's signature says which record it is about. On the wire and in the
//! database every id is its text (a UUID, or a demo's readable id), so the types change no
//! byte a client or a row sees.
//!
//! Each type binds and reads as `Text` on every backend (so it goes straight into a query or a
//! `Queryable` row). In a wire type, a field of an id type carries
//! `#[schema(value_type = String)]` (or `Option<String>`, `Vec<String>`): the API document
//! then shows plain text, as it always has, instead of a named schema per kind of id.

/// Declares an id newtype: serde-transparent text with an OpenAPI schema of `string`.
macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Debug,
            Clone,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            serde::Serialize,
            serde::Deserialize,
            utoipa::ToSchema,
            diesel::expression::AsExpression,
            diesel::deserialize::FromSqlRow,
        )]
        #[serde(transparent)]
        #[schema(value_type = String)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub struct $name(String);

        // Generic over the backend, so one pair serves SQLite, PostgreSQL and the
        // MultiConnection's backend alike: an id reads and writes exactly as its text.
        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(
                    self.0.as_str(),
                    out,
                )
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                <String as diesel::deserialize::FromSql<diesel::sql_types::Text, DB>>::from_sql(
                    bytes,
                )
                .map(Self)
            }
        }

        #[allow(dead_code)]
        impl $name {
            /// A new id (a time-ordered UUID, so rows made later sort later).
            pub fn generate() -> Self {
                Self(uuid::Uuid::now_v7().to_string())
            }

            /// An id as stored or sent. No check: a text that names nothing is found nowhere.
            pub fn from_stored(text: impl Into<String>) -> Self {
                Self(text.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                Self(text)
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                Self(text.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

id_type!(
    /// A participant (利用者).
    ParticipantId
);
id_type!(
    /// A staff account (リハ職, 包括, 事業所, 市町村, 生活支援コーディネーター).
    StaffId
);
id_type!(
    /// A municipality (市町村): the tenant every record belongs to.
    MunicipalityId
);
id_type!(
    /// A provider (事業所).
    ProviderId
);
id_type!(
    /// A cohort (実施期間): one run of the program at one provider.
    CohortId
);
id_type!(
    /// A participant's bound phone.
    DeviceId
);
id_type!(
    /// A stored photo.
    MediaId
);
id_type!(
    /// An enrollment (one person's one run through the program).
    EnrollmentId
);
id_type!(
    /// A graduate's volunteer (担い手) registration.
    VolunteerId
);
id_type!(
    /// A correction request (訂正の請求) about a participant's data.
    CorrectionRequestId
);
id_type!(
    /// A goal in the person's own words (raising it makes a new goal; the old id stays).
    GoalId
);
id_type!(
    /// A queued job (a push notification, a follow-up reminder, …).
    JobId
);
id_type!(
    /// A consent (同意), one per purpose and recipient.
    ConsentId
);
id_type!(
    /// A handoff to a 生活支援コーディネーター.
    HandoffId
);
id_type!(
    /// A place of the directory (通いの場・地域資源).
    PlaceId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_its_text_on_the_wire() {
        let id = ParticipantId::from_stored("p-demo-1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"p-demo-1\"");
        let back: ParticipantId = serde_json::from_str("\"p-demo-1\"").unwrap();
        assert_eq!(back, id);
        assert_eq!(id, "p-demo-1");
        assert_eq!(id.to_string(), "p-demo-1");
    }

    #[test]
    fn an_id_binds_and_reads_back_as_its_text_through_the_multi_connection() {
        use diesel::prelude::*;
        use diesel::sql_types::Text;

        #[derive(QueryableByName)]
        struct Row {
            #[diesel(sql_type = Text)]
            id: ParticipantId,
            #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
            cohort: Option<CohortId>,
        }

        let sqlite = diesel::SqliteConnection::establish(":memory:").unwrap();
        let mut conn = crate::db::DbConn::Sqlite(sqlite);
        let id = ParticipantId::from_stored("p-demo-1");
        let row: Row = diesel::sql_query("SELECT ? AS id, ? AS cohort")
            .bind::<Text, _>(&id)
            .bind::<diesel::sql_types::Nullable<Text>, _>(None::<CohortId>)
            .get_result(&mut conn)
            .unwrap();
        assert_eq!(row.id, id);
        assert_eq!(row.cohort, None);
    }

    #[test]
    fn generated_ids_are_uuids_and_later_ones_sort_later() {
        let a = StaffId::generate();
        let b = StaffId::generate();
        assert!(uuid::Uuid::parse_str(a.as_str()).is_ok());
        assert!(a < b, "time-ordered: {a} then {b}");
    }
}
