//! One pattern for every enum stored or sent as text: its values listed once, each with its
//! text, and reading a text that is none of them is an error — never a silent default. A
//! corrupt row then stops with a clear fault instead of turning a 訪問 into a 通所.

use std::fmt;

/// A stored or sent text that names no value of the enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// What was being read (e.g. "attendance").
    pub kind: &'static str,
    pub value: String,
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}", self.kind, self.value)
    }
}

impl std::error::Error for UnknownValue {}

/// An enum stored as text.
pub trait TextEnum: Sized + Copy + PartialEq + 'static {
    /// What the values are, for messages.
    const KIND: &'static str;
    /// Every value, in order.
    const ALL: &'static [Self];

    fn as_str(self) -> &'static str;

    /// The value named by `text`; any other text is an error.
    fn from_text(text: &str) -> Result<Self, UnknownValue> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.as_str() == text)
            .ok_or_else(|| UnknownValue {
                kind: Self::KIND,
                value: text.to_owned(),
            })
    }
}

/// Implements [`TextEnum`] from one list of `Variant => "text"`, and the same `as_str` and
/// `from_text` as inherent methods, so callers need no import.
#[macro_export]
macro_rules! text_enum {
    ($ty:ty, $kind:literal, { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $crate::domain::text::TextEnum for $ty {
            const KIND: &'static str = $kind;
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text),+
                }
            }
        }

        #[allow(dead_code)]
        impl $ty {
            /// The text this value is stored and sent as.
            pub fn as_str(self) -> &'static str {
                <Self as $crate::domain::text::TextEnum>::as_str(self)
            }

            /// The value named by `text`; any other text is an error, never a default.
            pub fn from_text(text: &str) -> Result<Self, $crate::domain::text::UnknownValue> {
                <Self as $crate::domain::text::TextEnum>::from_text(text)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Colour {
        Red,
        Blue,
    }
    crate::text_enum!(Colour, "colour", { Red => "red", Blue => "blue" });

    #[test]
    fn every_value_reads_back_and_anything_else_is_an_error() {
        for c in <Colour as TextEnum>::ALL {
            assert_eq!(Colour::from_text(c.as_str()), Ok(*c));
        }
        let err = Colour::from_text("green").unwrap_err();
        assert_eq!(err.kind, "colour");
        assert_eq!(err.to_string(), "unknown colour \"green\"");
        assert!(Colour::from_text("").is_err());
        assert!(Colour::from_text("Red").is_err(), "case matters");
    }
}
