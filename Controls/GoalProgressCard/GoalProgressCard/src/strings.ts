/**
 * Keys of the card's strings in strings/GoalProgressCard.{1033,2052}.resx (the platform picks the
 * file for the user's language). Templates use {0}, {1}… (see format.fill).
 */
export const StringKeys = [
    "Card_Label",
    "Status_OnTrack",
    "Status_Behind",
    "Status_AtRisk",
    "Status_Achieved",
    "Status_Unknown",
    "Attainment_OfTarget",
    "Actual_OfTarget",
    "Expected_Mark",
    "Expected_Line",
    "Gap_Behind",
    "Gap_Ahead",
    "Projection_ByDate",
    "Projection_AtEnd",
    "Tier_Base",
    "Tier_Target",
    "Tier_Stretch",
    "Tier_None",
    "Tier_ReachedLine",
    "Tier_Reached",
    "Tiers_Label",
    "Meter_Label",
    "Meter_ValueText",
    "NoTarget",
] as const;

export type StringKey = (typeof StringKeys)[number];

/** Looks a key up in the user's language (context.resources.getString in Power Apps). */
export type Localize = (key: StringKey) => string;
