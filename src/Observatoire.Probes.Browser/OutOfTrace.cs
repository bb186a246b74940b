using System.Reflection;
using Microsoft.Playwright;

namespace Observatoire.Probes.Browser;

/// <summary>
/// Runs the probe's own reads of a page (the looks that find a target, the inventory, the evidence marks, screenshots and
/// accessibility trees) and the scenario's typing (fill, select, check, upload) as Playwright's internal calls. A trace then
/// records, with a DOM snapshot before and after, only the actions that move the walk (open, click, key press, the final
/// check); with a trace on, those snapshots cost more than the calls themselves. Playwright keeps that switch internal (<c>ChannelOwner.WrapApiCallAsync(action, isInternal: true)</c>,
/// the way its own helpers call it); a build without it runs the reads as ordinary calls, and the walker then groups
/// them apart in the trace.
/// </summary>
internal static class OutOfTrace
{
    private static readonly MethodInfo? Wrap = typeof(IPage).Assembly.GetType("Microsoft.Playwright.Transport.ChannelOwner")?
        .GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
        .FirstOrDefault(m => m is { Name: "WrapApiCallAsync", IsGenericMethodDefinition: true }
            && m.GetParameters() is [_, { ParameterType: var isInternal }, { ParameterType: var title }]
            && isInternal == typeof(bool) && title == typeof(string));

    /// <summary>Whether reads on <paramref name="page"/> leave the trace (this Playwright build has the switch).</summary>
    public static bool Available(IPage page) => Wrap?.DeclaringType?.IsInstanceOfType(page) == true;

    public static Task<T> RunAsync<T>(IPage page, Func<Task<T>> read) =>
        Available(page) ? (Task<T>)Typed<T>.Method!.Invoke(page, [read, true, null])! : read();

    private static class Typed<T>
    {
        public static readonly MethodInfo? Method = Wrap?.MakeGenericMethod(typeof(T));
    }
}
