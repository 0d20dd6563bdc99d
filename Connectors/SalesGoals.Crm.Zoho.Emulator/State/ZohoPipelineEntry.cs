using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>A Deals pipeline of the (single) Deals layout.</summary>
public sealed record ZohoPipelineEntry(string Id, string Name, bool IsDefault, List<ZohoStage> Stages);
