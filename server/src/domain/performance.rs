//! Performance tests (体力測定) at sessions 1, 6 and 12: units and plausible ranges
//! (as the tests' published protocols give them), so a typing slip is caught at the table, not in the
//! outcome figures.

use crate::error::AppError;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Measured {
    /// 30-second chair stand, count.
    pub chair_stand_30s: Option<i32>,
    /// Timed Up and Go, seconds.
    pub tug_s: Option<f64>,
    /// One-leg standing with eyes open, seconds.
    pub one_leg_left_s: Option<f64>,
    pub one_leg_right_s: Option<f64>,
    /// Five-times sit-to-stand, seconds.
    pub five_sts_s: Option<f64>,
    /// Usual gait: the set distance (m) and the time taken (s).
    pub gait_distance_m: Option<f64>,
    pub gait_time_s: Option<f64>,
}

fn range(value: Option<f64>, lo: f64, hi: f64, what: &str, unit: &str) -> Result<(), AppError> {
    match value {
        Some(v) if !v.is_finite() || v < lo || v > hi => Err(AppError::validation(format!(
            "{what}は{lo}〜{hi}{unit}の範囲で入力してください。"
        ))),
        _ => Ok(()),
    }
}

/// Checks every given value and returns the usual gait speed (m/s, two decimals) when the
/// gait was measured.
pub fn validate(m: &Measured) -> Result<Option<f64>, AppError> {
    let any = m.chair_stand_30s.is_some()
        || m.tug_s.is_some()
        || m.one_leg_left_s.is_some()
        || m.one_leg_right_s.is_some()
        || m.five_sts_s.is_some()
        || m.gait_distance_m.is_some()
        || m.gait_time_s.is_some();
    if !any {
        return Err(AppError::validation(
            "測定した項目を1つ以上入力してください。",
        ));
    }
    range(
        m.chair_stand_30s.map(f64::from),
        0.0,
        50.0,
        "30秒いす立ち上がり",
        "回",
    )?;
    range(m.tug_s, 3.0, 120.0, "TUG（Timed Up and Go）", "秒")?;
    range(m.one_leg_left_s, 0.0, 120.0, "開眼片脚立ち（左）", "秒")?;
    range(m.one_leg_right_s, 0.0, 120.0, "開眼片脚立ち（右）", "秒")?;
    range(m.five_sts_s, 3.0, 120.0, "5回いす立ち上がり", "秒")?;
    match (m.gait_distance_m, m.gait_time_s) {
        (None, None) => Ok(None),
        (Some(distance), Some(time)) => {
            range(Some(distance), 2.0, 20.0, "歩行の距離", "m")?;
            if !time.is_finite() || time <= 0.0 {
                return Err(AppError::validation("歩行の時間を入力してください。"));
            }
            let speed = distance / time;
            if !(0.1..=2.5).contains(&speed) {
                return Err(AppError::validation(format!(
                    "歩行速度が{speed:.2} m/秒になります。0.1〜2.5 m/秒の範囲か、距離と時間をご確認ください。"
                )));
            }
            Ok(Some((speed * 100.0).round() / 100.0))
        }
        _ => Err(AppError::validation(
            "歩行速度には距離と時間の両方を入力してください。",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_measured_is_refused() {
        assert!(validate(&Measured::default()).is_err());
    }

    #[test]
    fn ranges_hold_at_their_edges() {
        let ok = |m: Measured| validate(&m).is_ok();
        let cs = |n| Measured {
            chair_stand_30s: Some(n),
            ..Default::default()
        };
        assert!(ok(cs(0)) && ok(cs(50)) && !ok(cs(51)) && !ok(cs(-1)));
        let tug = |s| Measured {
            tug_s: Some(s),
            ..Default::default()
        };
        assert!(ok(tug(3.0)) && ok(tug(120.0)) && !ok(tug(2.9)) && !ok(tug(120.1)));
        assert!(!ok(tug(f64::NAN)) && !ok(tug(f64::INFINITY)));
        let leg = |s| Measured {
            one_leg_left_s: Some(s),
            ..Default::default()
        };
        assert!(ok(leg(0.0)) && ok(leg(120.0)) && !ok(leg(121.0)));
        let right = |s| Measured {
            one_leg_right_s: Some(s),
            ..Default::default()
        };
        assert!(!ok(right(-0.5)));
        let sts = |s| Measured {
            five_sts_s: Some(s),
            ..Default::default()
        };
        assert!(ok(sts(12.0)) && !ok(sts(2.0)));
    }

    #[test]
    fn gait_speed_is_distance_over_time() {
        let gait = |d, t| Measured {
            gait_distance_m: Some(d),
            gait_time_s: Some(t),
            ..Default::default()
        };
        assert_eq!(validate(&gait(5.0, 6.25)).unwrap(), Some(0.8));
        assert_eq!(
            validate(&gait(5.0, 2.0)).unwrap(),
            Some(2.5),
            "2.5 m/s is the edge"
        );
        assert!(validate(&gait(5.0, 1.9)).is_err(), "faster than 2.5 m/s");
        assert!(validate(&gait(5.0, 51.0)).is_err(), "slower than 0.1 m/s");
        assert!(validate(&gait(5.0, 0.0)).is_err());
        assert!(
            validate(&gait(1.0, 1.0)).is_err(),
            "a 1 m course is not a gait test"
        );
        let half = Measured {
            gait_distance_m: Some(5.0),
            ..Default::default()
        };
        assert!(validate(&half).is_err(), "distance without time");
    }
}
