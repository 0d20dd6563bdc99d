using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>Where a page_token continues: after the last record served (keyset, so records changing
/// between pages neither repeat nor vanish), with the query it belongs to.</summary>
public sealed record ZohoPageCursor(
    string Module,
    IReadOnlyList<string> Fields,
    string SortBy,
    bool Descending,
    DateTimeOffset? ModifiedSince,
    int PerPage,
    int Page,
    int Served,
    DateTimeOffset SortKey,
    string LastId,
    DateTimeOffset Expires);
