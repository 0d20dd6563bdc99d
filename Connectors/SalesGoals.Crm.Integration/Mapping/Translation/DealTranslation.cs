using System.Collections.Generic;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>An external deal record translated: the deal, or null with the reasons it was skipped.</summary>
public sealed record DealTranslation(ExternalDeal? Deal, IReadOnlyDictionary<string, object> Values, IReadOnlyList<string> Problems);
