using System.Collections.Generic;
using System.Text.Json;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>Decides a deal's Open/Won/Lost state from its canonical values (and, if need be, the raw record);
/// null when it cannot be decided, which skips the record with a problem.</summary>
public delegate DealState? DealStateResolver(IReadOnlyDictionary<string, object> canonical, IReadOnlyDictionary<string, JsonElement> record);
