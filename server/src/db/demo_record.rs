//! The demo's participant records: main conditions, medication and how each person comes,
//! varied (some people have none yet, as a newly referred person would), and a second
//! emergency contact for some. Every name, number and text is invented.

use diesel::prelude::*;

use super::demo_exit::DemoPerson;
use super::schema::{notebook_contacts, participant_records};
use super::{new_id, now, DbConn};
use crate::domain::ids::StaffId;
use crate::error::AppError;

/// (conditions, medication, transport), one per person in the cohort's order; empty strings
/// where nothing was written.
const RECORDS: [(&str, &str, &str); 10] = [
    (
        "高血圧（服薬で安定）。右膝の変形性膝関節症。",
        "降圧薬 朝1錠",
        "送迎（南町集合所 9:30）",
    ),
    (
        "腰部脊柱管狭窄症。長く立つと脚がしびれる。",
        "痛み止め（頓服）",
        "バス（市内循環「市立病院前」）",
    ),
    (
        "糖尿病（食事療法）。低血糖の経験なし。",
        "血糖降下薬 朝夕",
        "家族の車で送り",
    ),
    ("特になし（本人の申告）。", "", "徒歩（15分）"),
    (
        "骨粗しょう症。3年前に左手首を骨折。",
        "ビタミンD製剤、骨粗しょう症の注射（月1回）",
        "送迎",
    ),
    (
        "心房細動。脈が速いときは休む。",
        "抗凝固薬（出血に注意）",
        "送迎（北町集合所 9:20）",
    ),
    ("", "", ""),
    (
        "高血圧、脂質異常症。",
        "降圧薬、コレステロールの薬",
        "自転車",
    ),
    ("軽い難聴（右）。大きめの声で。", "", "徒歩とバス"),
    (
        "パーキンソン病の疑いで通院中（主治医に運動の可否を確認済み）。",
        "主治医の処方のとおり",
        "家族の車で送り",
    ),
];

pub fn load(conn: &mut DbConn, people: &[DemoPerson], therapist: &StaffId) -> Result<(), AppError> {
    for (i, (person, (conditions, medication, transport))) in
        people.iter().zip(RECORDS.iter()).enumerate()
    {
        if conditions.is_empty() && medication.is_empty() && transport.is_empty() {
            continue;
        }
        diesel::insert_into(participant_records::table)
            .values((
                participant_records::participant_id.eq(person.id),
                participant_records::conditions.eq(conditions),
                participant_records::medication.eq(medication),
                participant_records::transport.eq(transport),
                participant_records::updated_at.eq(now()),
                participant_records::updated_by.eq(therapist),
            ))
            .execute(conn)?;
        // Every third person also has a second emergency contact (a neighbour or a son).
        if i % 3 == 1 {
            diesel::insert_into(notebook_contacts::table)
                .values((
                    notebook_contacts::id.eq(new_id()),
                    notebook_contacts::participant_id.eq(person.id),
                    notebook_contacts::kind.eq("emergency"),
                    notebook_contacts::name.eq(format!("{} 一郎", person.family)),
                    notebook_contacts::relation.eq(if i % 2 == 0 {
                        "長男"
                    } else {
                        "近所の方"
                    }),
                    notebook_contacts::phone.eq(format!("000-555-{:04}", 300 + i)),
                    notebook_contacts::position.eq(3),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}
