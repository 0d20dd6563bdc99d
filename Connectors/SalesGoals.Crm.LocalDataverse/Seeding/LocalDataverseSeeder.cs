using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.LocalDataverse.Seeding;

/// <summary>
/// Puts data in place as if it had been there before: validated like any write and given the
/// system columns, but no plug-in runs. For tests and the sandbox.
/// </summary>
public sealed class LocalDataverseSeeder
{
    private readonly Platform _platform;
    private readonly LocalDataverseOptions _options;
    private readonly object _sync;

    internal LocalDataverseSeeder(Platform platform, LocalDataverseOptions options, object sync)
    {
        _platform = platform;
        _options = options;
        _sync = sync;
    }

    private Guid System => _platform.Directory.SystemUserId;

    public Guid BusinessUnit(string name, Guid? parentBusinessUnitId = null) => Row(new Entity("businessunit")
    {
        ["name"] = name,
        ["parentbusinessunitid"] = new EntityReference("businessunit", parentBusinessUnitId ?? _platform.Directory.RootBusinessUnitId),
    });

    /// <summary>A user with their usersettings (UI language; default currency when given).</summary>
    public Guid User(string fullName, Guid? businessUnitId = null, int? languageId = null, Guid? managerId = null, Guid? currencyId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullName);
        var user = new Entity("systemuser")
        {
            ["fullname"] = fullName,
            ["lastname"] = fullName.Split(' ').Last(),
            ["domainname"] = fullName.Replace(' ', '.').ToLowerInvariant() + "@localdataverse.test",
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? _platform.Directory.RootBusinessUnitId),
        };
        if (managerId is Guid manager)
        {
            user["parentsystemuserid"] = new EntityReference("systemuser", manager);
        }

        var id = Row(user);
        var settings = new Entity("usersettings", id)
        {
            ["uilanguageid"] = languageId ?? _options.DefaultLanguageId,
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? _platform.Directory.RootBusinessUnitId),
        };
        if (currencyId is Guid currency)
        {
            settings["transactioncurrencyid"] = new EntityReference("transactioncurrency", currency);
        }

        Row(settings);
        return id;
    }

    /// <summary>Changes a user's UI language (usersettings.uilanguageid).</summary>
    public void UserLanguage(Guid userId, int languageId) => Write(() =>
        _platform.Writer.Update(new Entity("usersettings", userId) { ["uilanguageid"] = languageId }, System, ConcurrencyBehavior.Default));

    /// <summary>An owner team with its members.</summary>
    public Guid Team(string name, Guid? businessUnitId = null, params Guid[] memberIds)
    {
        var id = Row(new Entity("team")
        {
            ["name"] = name,
            ["teamtype"] = new OptionSetValue(0),
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? _platform.Directory.RootBusinessUnitId),
        });
        TeamMembers(id, memberIds);
        return id;
    }

    public void TeamMembers(Guid teamId, params Guid[] userIds)
    {
        foreach (var user in userIds)
        {
            Row(new Entity("teammembership") { ["teamid"] = teamId, ["systemuserid"] = user });
        }
    }

    /// <summary>A currency; the first one (or one marked base) becomes the organization's base currency.</summary>
    public Guid Currency(string isoCode, decimal exchangeRate, int precision = 2, bool isBase = false, string? symbol = null)
    {
        var id = Row(new Entity("transactioncurrency")
        {
            ["isocurrencycode"] = isoCode,
            ["currencyname"] = isoCode,
            ["currencysymbol"] = symbol ?? isoCode,
            ["exchangerate"] = exchangeRate,
            ["currencyprecision"] = precision,
        });
        if (isBase || _platform.Directory.BaseCurrencyId is null)
        {
            _platform.Directory.BaseCurrencyId = id;
            Write(() => _platform.Writer.Update(new Entity("organization", _platform.Directory.OrganizationId)
            {
                ["basecurrencyid"] = new EntityReference("transactioncurrency", id),
            }, System, ConcurrencyBehavior.Default));
        }

        return id;
    }

    /// <summary>A security role (a row of table role, queryable by name) with its privileges.</summary>
    public Guid Role(string name, params RolePrivilegeDefinition[] privileges) =>
        Role(new SecurityRoleDefinition(Guid.NewGuid(), name, privileges));

    public Guid Role(SecurityRoleDefinition role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var id = Row(new Entity("role", role.Id)
        {
            ["name"] = role.Name,
            ["businessunitid"] = new EntityReference("businessunit", _platform.Directory.RootBusinessUnitId),
        });
        lock (_sync)
        {
            _platform.Security.DefineRole(id, role.Privileges);
        }

        return id;
    }

    /// <summary>Gives a user a role by name (a systemuserroles row).</summary>
    public void AssignRole(Guid userId, string roleName) =>
        Row(new Entity("systemuserroles") { ["systemuserid"] = userId, ["roleid"] = RoleId(roleName) });

    /// <summary>Gives a team a role by name (a teamroles row): every member holds it.</summary>
    public void AssignTeamRole(Guid teamId, string roleName) =>
        Row(new Entity("teamroles") { ["teamid"] = teamId, ["roleid"] = RoleId(roleName) });

    /// <summary>Any row, created as the SYSTEM user unless said otherwise. Returns its id.</summary>
    public Guid Row(Entity entity, Guid? createdBy = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var id = Guid.Empty;
        Write(() => id = _platform.Writer.Create(entity, createdBy ?? System));
        return id;
    }

    /// <summary>The environmentvariabledefinition rows a solution import creates (schema name, type, default).</summary>
    internal void EnvironmentVariables(System.Collections.Generic.IEnumerable<EnvironmentVariableDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            Row(new Entity("environmentvariabledefinition")
            {
                ["schemaname"] = definition.SchemaName,
                ["displayname"] = definition.DisplayNames.TryGetValue(1033, out var name) ? name : definition.SchemaName,
                ["defaultvalue"] = definition.DefaultValue,
                ["type"] = new OptionSetValue(definition.Type),
                ["isrequired"] = definition.IsRequired,
            });
        }
    }

    internal void Bootstrap()
    {
        _platform.Directory.SystemUserId = Guid.NewGuid();
        var root = Guid.NewGuid();
        _platform.Directory.RootBusinessUnitId = root;
        Row(new Entity("businessunit", root) { ["name"] = _options.OrganizationName });
        Row(new Entity("systemuser", System)
        {
            ["fullname"] = "SYSTEM",
            ["lastname"] = "SYSTEM",
            ["domainname"] = "system@localdataverse.test",
            ["businessunitid"] = new EntityReference("businessunit", root),
        });
        Row(new Entity("usersettings", System) { ["uilanguageid"] = _options.DefaultLanguageId });
        Row(new Entity("organization", _platform.Directory.OrganizationId) { ["name"] = _options.OrganizationName, ["languagecode"] = _options.DefaultLanguageId });
    }

    private Guid RoleId(string roleName)
    {
        lock (_sync)
        {
            var roles = _platform.Store.Table("role");
            return roles.Lookup("name", roleName).FirstOrDefault() is var id && id != Guid.Empty
                ? id
                : throw new ArgumentException($"No security role named '{roleName}'.", nameof(roleName));
        }
    }

    private void Write(Action write)
    {
        lock (_sync)
        {
            if (_platform.Store.Current is not null)
            {
                throw new InvalidOperationException("Seeding is not possible while an operation runs.");
            }

            write();
        }
    }
}
