using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Notifications;

/// <summary>Copies an execution context into the serializable RemoteExecutionContext a service endpoint receives.</summary>
internal static class RemoteContextBuilder
{
    public static RemoteExecutionContext Build(IExecutionContext context)
    {
        var remote = new RemoteExecutionContext
        {
            BusinessUnitId = context.BusinessUnitId,
            CorrelationId = context.CorrelationId,
            Depth = context.Depth,
            InitiatingUserId = context.InitiatingUserId,
            IsExecutingOffline = context.IsExecutingOffline,
            IsInTransaction = context.IsInTransaction,
            IsOfflinePlayback = context.IsOfflinePlayback,
            IsolationMode = context.IsolationMode,
            MessageName = context.MessageName,
            Mode = context.Mode,
            OperationCreatedOn = context.OperationCreatedOn,
            OperationId = context.OperationId,
            OrganizationId = context.OrganizationId,
            OrganizationName = context.OrganizationName,
            OwningExtension = context.OwningExtension,
            PrimaryEntityId = context.PrimaryEntityId,
            PrimaryEntityName = context.PrimaryEntityName,
            RequestId = context.RequestId,
            SecondaryEntityName = context.SecondaryEntityName,
            UserId = context.UserId,
        };
        if (context is IPluginExecutionContext plugin)
        {
            remote.Stage = plugin.Stage;
            if (plugin.ParentContext is { } parent)
            {
                remote.ParentContext = Build(parent);
            }
        }

        Copy(context.InputParameters, remote.InputParameters);
        Copy(context.OutputParameters, remote.OutputParameters);
        Copy(context.SharedVariables, remote.SharedVariables);
        foreach (var image in context.PreEntityImages)
        {
            remote.PreEntityImages[image.Key] = ValueCopier.Copy(image.Value);
        }

        foreach (var image in context.PostEntityImages)
        {
            remote.PostEntityImages[image.Key] = ValueCopier.Copy(image.Value);
        }

        return remote;
    }

    private static void Copy(ParameterCollection from, ParameterCollection to)
    {
        foreach (var pair in from)
        {
            to[pair.Key] = ValueCopier.CopyValue(pair.Value);
        }
    }
}
