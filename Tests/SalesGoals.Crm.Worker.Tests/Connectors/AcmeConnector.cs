using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Integration.Mapping.Records;

namespace SalesGoals.Crm.Worker.Tests.Connectors;

/// <summary>A third connector defined here only, as a Salesforce project would be: its own system (choice value
/// 100000002, added to a copy of the solution's sg_externalsystems), module, mapping defaults, adapter and directory.</summary>
internal sealed class AcmeConnector(AcmeCrm crm) : ISystemConnector
{
    public const int OptionValue = 100_000_002;
    public const string ApiKeySetting = "Acme:ApiKey";

    public static ExternalSystem Acme { get; } = ExternalSystem.Define("Acme", OptionValue);

    public ExternalSystem System => Acme;

    public IReadOnlyList<ValueMap> BuiltInValueMaps { get; } = [];

    public static ConnectorModule Module(AcmeCrm crm) => new(
        Acme,
        ["Acme:Url", ApiKeySetting],
        (services, _) => services.AddSingleton<ISystemConnector>(new AcmeConnector(crm)));

    public CrmMapping DefaultMapping(MappingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CrmMapping
        {
            System = Acme,
            Objects =
            [
                new ObjectMap("Opportunity", ObjectMap.DealEntity,
                [
                    new("Title", CanonicalDealField.Name),
                    new("Value", CanonicalDealField.Amount),
                    new("Stage", CanonicalDealField.Stage),
                    new("CloseDate", CanonicalDealField.CloseDate),
                    new("OwnerId", CanonicalDealField.Owner),
                    new("Updated", CanonicalDealField.ModifiedOn),
                ]),
                new ObjectMap("GoalProgress", ObjectMap.GoalProgressEntity,
                [
                    new("GoalId", CanonicalGoalField.GoalId, MappingDirection.Outbound),
                    new("OwnerId", CanonicalGoalField.Owner, MappingDirection.Outbound),
                    new("From", CanonicalGoalField.PeriodStart, MappingDirection.Outbound),
                    new("To", CanonicalGoalField.PeriodEnd, MappingDirection.Outbound),
                    new("Target", CanonicalGoalField.Target, MappingDirection.Outbound),
                    new("Actual", CanonicalGoalField.Actual, MappingDirection.Outbound),
                ]),
            ],
            UserMatch = settings.UserMatch,
            DefaultCurrency = settings.DefaultCurrency,
        };
    }

    public IExternalCrmAdapter CreateAdapter(IServiceProvider services, CrmMapping mapping) => new AcmeAdapter(crm);

    public IExternalUserDirectory CreateDirectory(IServiceProvider services) => new Directory(crm);

    private sealed class Directory(AcmeCrm crm) : IExternalUserDirectory
    {
        public Task<IReadOnlyList<ExternalUserRef>> GetUsersAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ExternalUserRef>>([.. crm.Users]);
    }
}
