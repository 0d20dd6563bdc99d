namespace SalesGoals.Crm.Worker.Dataverse.WebApi;

/// <summary>Entity set names, primary ids and lookup navigation properties the worker uses, as Dataverse's $metadata
/// spells them (custom lookups use the column's schema name, system lookups the logical name).</summary>
internal static class WebApiNames
{
    public const string ExternalActuals = "sg_externalactuals";
    public const string ExternalActual = "sg_externalactual";
    public const string ExternalActualId = "sg_externalactualid";
    public const string SyncStates = "sg_syncstates";
    public const string SyncStateId = "sg_syncstateid";
    public const string Goals = "sg_goals";
    public const string Metrics = "sg_metrics";
    public const string SystemUsers = "systemusers";
    public const string Currencies = "transactioncurrencies";
    public const string OwnerUserNavigation = "sg_OwnerUserId";
    public const string CurrencyNavigation = "transactioncurrencyid";
    public const string ODataBind = "@odata.bind";
}
