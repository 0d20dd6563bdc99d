using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

/// <summary>
/// The public surface of the official Microsoft.Xrm.Sdk / Microsoft.Crm.Sdk.Proxy 9.0.2.46 assemblies,
/// recorded in Fixtures/OfficialSdk (README there), one line per type or member:
/// <c>Namespace.Type | member signature with parameter names</c>. <see cref="Describe"/> writes the same
/// lines for an assembly loaded here, so the stand-in can be compared line by line.
/// </summary>
internal static class OfficialSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "OfficialSdk");

    /// <summary>Every public type of the official assemblies (lines "Namespace.Type | type kind").</summary>
    public static IReadOnlyList<string> PublicTypeLines { get; } = File.ReadAllLines(Path.Combine(Folder, "public-types.txt"));

    /// <summary>The official members of each type the stand-in reproduces.</summary>
    public static HashSet<string> StandInTypeMembers { get; } = new(File.ReadAllLines(Path.Combine(Folder, "standin-types-surface.txt")), StringComparer.Ordinal);

    public static IEnumerable<string> Describe(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = Name(type);
            yield return $"{name} | type {Kind(type)}";
            foreach (var constructor in type.GetConstructors(Declared))
            {
                yield return $"{name} | .ctor({Parameters(constructor.GetParameters())})";
            }

            foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName))
            {
                yield return $"{name} | {(method.IsStatic ? "static " : "")}{Name(method.ReturnType)} {method.Name}({Parameters(method.GetParameters())})";
            }

            foreach (var property in type.GetProperties(Declared))
            {
                var index = property.GetIndexParameters();
                var accessors = (property.GetMethod?.IsPublic == true ? "get;" : "") + (property.SetMethod?.IsPublic == true ? "set;" : "");
                yield return $"{name} | {Name(property.PropertyType)} {property.Name}{(index.Length > 0 ? "[" + Parameters(index) + "]" : "")} {{{accessors}}}";
            }

            foreach (var field in type.GetFields(Declared).Where(f => !f.IsSpecialName))
            {
                yield return $"{name} | field {Name(field.FieldType)} {field.Name}{(type.IsEnum ? " = " + field.GetRawConstantValue() : "")}";
            }

            foreach (var @event in type.GetEvents(Declared))
            {
                yield return $"{name} | event {@event.Name}";
            }
        }
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : "class";

    private static string Parameters(ParameterInfo[] parameters) =>
        string.Join(", ", parameters.Select(p => Name(p.ParameterType) + " " + p.Name));

    private static string Name(Type type) =>
        type.IsGenericParameter ? type.Name
        : type.IsByRef ? "ref " + Name(type.GetElementType()!)
        : type.IsArray ? Name(type.GetElementType()!) + "[]"
        : type.IsGenericType ? $"{type.Namespace}.{type.Name.Split('`')[0]}<{string.Join(",", type.GetGenericArguments().Select(Name))}>"
        : type.FullName ?? type.Name;
}
