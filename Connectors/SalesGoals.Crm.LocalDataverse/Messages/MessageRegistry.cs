using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>The core operations by message name: the built-in messages and those a test or the sandbox adds.</summary>
internal sealed class MessageRegistry
{
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    public RelationshipCatalog Relationships { get; } = new();

    public MessageRegistry()
    {
        foreach (var handler in new IMessageHandler[]
        {
            new CreateHandler(), new CreateMultipleHandler(), new UpdateMultipleHandler(), new RetrieveHandler(), new RetrieveMultipleHandler(), new UpdateHandler(), new DeleteHandler(),
            new UpsertHandler(), new AssignHandler(), new SetStateHandler(), new WinLoseHandler("Win"), new WinLoseHandler("Lose"),
            new WhoAmIHandler(), new AssociateHandler("Associate") { Relationships = Relationships },
            new AssociateHandler("Disassociate") { Relationships = Relationships },
        })
        {
            Add(handler);
        }

        // The SDK's request names for Win and Lose differ from the message names steps register on.
        _handlers["WinOpportunity"] = _handlers["Win"];
        _handlers["LoseOpportunity"] = _handlers["Lose"];
    }

    public void Add(IMessageHandler handler) => _handlers[handler.MessageName] = handler;

    public IMessageHandler? Find(string? messageName) =>
        messageName is not null && _handlers.TryGetValue(messageName, out var handler) ? handler : null;
}
