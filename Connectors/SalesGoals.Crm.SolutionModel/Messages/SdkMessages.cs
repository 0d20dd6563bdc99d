using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace SalesGoals.Crm.SolutionModel.Messages;

/// <summary>
/// The platform messages the product registers steps for, with the sdkmessageid values that are
/// the same in every Dataverse environment, plus custom APIs by unique name.
/// </summary>
public static class SdkMessages
{
    public static SdkMessage Create { get; } = Platform("Create", "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage Update { get; } = Platform("Update", "20bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage Delete { get; } = Platform("Delete", "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage Retrieve { get; } = Platform("Retrieve", "f2bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage RetrieveMultiple { get; } = Platform("RetrieveMultiple", "03bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage Assign { get; } = Platform("Assign", "8cbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage SetState { get; } = Platform("SetState", "1cbebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage SetStateDynamicEntity { get; } = Platform("SetStateDynamicEntity", "1dbebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage GrantAccess { get; } = Platform("GrantAccess", "c5bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage Merge { get; } = Platform("Merge", "dbbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage ModifyAccess { get; } = Platform("ModifyAccess", "dcbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static SdkMessage RevokeAccess { get; } = Platform("RevokeAccess", "11bebb1b-ea3e-db11-86a7-000a3a5473e8");

    // The published ids of these could not be confirmed from a public source (no public export of
    // a step on them was found); each has a stable stand-in id. A step file must carry exactly that
    // id (any other unknown id is refused), and SolutionValidator.ImportBlockers lists such steps:
    // Dataverse will refuse them until the real id replaces the stand-in here and in the step files.
    public static SdkMessage Win { get; } = Unverified("Win");
    public static SdkMessage Lose { get; } = Unverified("Lose");
    public static SdkMessage Associate { get; } = Unverified("Associate");
    public static SdkMessage Disassociate { get; } = Unverified("Disassociate");
    public static SdkMessage Upsert { get; } = Unverified("Upsert");

    /// <summary>Every platform message this class knows.</summary>
    public static IReadOnlyList<SdkMessage> All { get; } =
    [
        Create, Update, Delete, Retrieve, RetrieveMultiple, Assign, SetState, SetStateDynamicEntity,
        GrantAccess, Merge, ModifyAccess, RevokeAccess, Win, Lose, Associate, Disassociate, Upsert,
    ];

    /// <summary>The platform message with this id, or null.</summary>
    public static SdkMessage? FindById(Guid id)
    {
        foreach (var message in All)
        {
            if (message.Id == id)
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>The platform message with this name (case-insensitive), or null.</summary>
    public static SdkMessage? FindByName(string name)
    {
        foreach (var message in All)
        {
            if (string.Equals(message.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>
    /// A custom API (e.g. sg_RecalculateGoal) as a message. Custom APIs get their id when they
    /// are created in an environment; locally the id is derived from the unique name so that it is
    /// stable across runs.
    /// </summary>
    public static SdkMessage CustomApi(string uniqueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uniqueName);
        return new SdkMessage(uniqueName, NameBasedId("customapi:" + uniqueName), IsPlatformMessage: false, IsIdVerified: false);
    }

    private static SdkMessage Platform(string name, string id) => new(name, Guid.Parse(id), true, true);

    private static SdkMessage Unverified(string name) => new(name, NameBasedId("sdkmessage:" + name), true, false);

    // A name-based id (RFC 4122 layout, hashed with SHA-256): stable, never equal to a platform id.
    private static Guid NameBasedId(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("SalesGoals.Crm.SolutionModel/" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
