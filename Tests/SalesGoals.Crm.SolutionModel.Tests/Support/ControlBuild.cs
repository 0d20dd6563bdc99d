using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace SalesGoals.Crm.SolutionModel.Tests.Support;

/// <summary>
/// The goal progress card's build output laid out as <c>pcf-scripts build</c> writes it
/// (out/controls/GoalProgressCard: ControlManifest.xml with bundle.js as its code, css/, strings/),
/// made from the control's sources so these tests need no npm build: the manifest is the control's
/// own (its properties and resources), bundle.js a stand-in file. The real build is packed by the
/// SolutionPack command (see the root README).
/// </summary>
public sealed class ControlBuild : IDisposable
{
    public const string ControlName = "sg_SalesGoals.GoalProgressCard";

    public ControlBuild()
    {
        var source = Path.Combine(TestPaths.RepositoryRoot, "Controls", "GoalProgressCard", "GoalProgressCard");
        Folder = Path.Combine(Path.GetTempPath(), "sg-control-" + Guid.NewGuid().ToString("N"), "GoalProgressCard");
        Directory.CreateDirectory(Path.Combine(Folder, "css"));
        Directory.CreateDirectory(Path.Combine(Folder, "strings"));
        var manifest = XDocument.Load(Path.Combine(source, "ControlManifest.Input.xml"));
        foreach (var code in manifest.Descendants("code"))
        {
            code.SetAttributeValue("path", "bundle.js");
        }

        manifest.Save(Path.Combine(Folder, "ControlManifest.xml"));
        File.WriteAllText(Path.Combine(Folder, "bundle.js"), "var pcf_tools_goal_progress_card = {}; // stand-in for the webpack bundle\n");
        foreach (var file in new[] { "css/GoalProgressCard.css", "strings/GoalProgressCard.1033.resx", "strings/GoalProgressCard.2052.resx" })
        {
            File.Copy(Path.Combine(source, file), Path.Combine(Folder, file));
        }
    }

    public string Folder { get; }

    public IReadOnlyDictionary<string, string> Outputs => new Dictionary<string, string> { [ControlName] = Folder };

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
}
