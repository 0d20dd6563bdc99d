using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Deals;

/// <summary>The deals changed (or deleted) since a watermark, and the watermark to resume from.</summary>
/// <param name="Deals">Changed deals, oldest change first; deleted ones have <see cref="ExternalDeal.IsDeleted"/>.</param>
/// <param name="Next">Watermark for the next read.</param>
/// <param name="Problems">Records that could not be translated (unmapped value, unknown owner), one line each; they are skipped, not guessed.</param>
public sealed record DealChangeBatch(
    IReadOnlyList<ExternalDeal> Deals,
    SyncWatermark Next,
    IReadOnlyList<string> Problems);
