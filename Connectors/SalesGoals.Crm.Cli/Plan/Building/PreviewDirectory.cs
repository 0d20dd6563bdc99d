using System;
using System.Security.Cryptography;
using System.Text;

namespace SalesGoals.Crm.Cli.Plan.Building;

/// <summary>Preview's stand-in ids: stable per name, never written anywhere (the tree's shape and numbers do not depend on them).</summary>
public sealed class PreviewDirectory : IPlanDirectory
{
    public Guid User(string email) => Stable("user:" + email.ToUpperInvariant());

    public Guid Team(string name) => Stable("team:" + name.ToUpperInvariant());

#pragma warning disable CA5351 // a stand-in id derived from a name, not security
    private static Guid Stable(string text) => new(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}
