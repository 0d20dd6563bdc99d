using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using A = SalesGoals.Crm.Plugins.Schema.AppointmentTable;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;
using L = SalesGoals.Crm.Plugins.Schema.LeadTable;
using O = SalesGoals.Crm.Plugins.Schema.OpportunityTable;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>
/// The goal engine names its metrics' sources abstractly (<see cref="SourceKind"/>); this is the one place that says
/// which Dataverse table and columns each kind is read from. A new metric source: a kind in the engine, a row here,
/// a reader (<see cref="SourceReader"/>) registered in <see cref="SourceCatalog"/>.
/// </summary>
public static class MetricSourceMap
{
    public static IReadOnlyList<MetricSourceTable> All { get; } =
    [
        new(SourceKind.Deal, O.LogicalName, O.Fields.ActualCloseDate, O.Fields.OwnerId, O.Fields.ActualValueBase),
        new(SourceKind.ExternalDeal, X.LogicalName, X.Fields.CloseDate, X.Fields.OwnerUserId, X.Fields.AmountBase),
        new(SourceKind.Visit, A.LogicalName, A.Fields.ActualEnd, A.Fields.OwnerId, null),
        new(SourceKind.Lead, L.LogicalName, L.Fields.CreatedOn, L.Fields.OwnerId, null),
        new(SourceKind.Payment, I.LogicalName, I.Fields.PaidOn, I.Fields.OwnerId, I.Fields.TotalAmountBase),
    ];

    public static MetricSourceTable For(SourceKind kind) =>
        All.FirstOrDefault(s => s.Kind == kind) ?? throw new InvalidPluginExecutionException($"No table holds the records of source '{kind}'.");

    public static string TableOf(SourceKind kind) => For(kind).Table;

    /// <summary>The kind of the table's records (logical names compared ignoring case).</summary>
    public static SourceKind KindOf(string table) =>
        All.FirstOrDefault(s => string.Equals(s.Table, table, StringComparison.OrdinalIgnoreCase))?.Kind
        ?? throw new InvalidPluginExecutionException($"Records of table '{table}' do not feed any goal metric.");
}
