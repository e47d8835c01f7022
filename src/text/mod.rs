//! Text handling: page repair (normalize), article splitting (segment) and
//! sentence splitting (sentence).

pub mod normalize;
pub mod segment;
pub mod sentence;
