using System.Diagnostics;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
        /// <summary>
        /// The fields an action that left the page where it was got refused, or none: the browser refused fields as the
        /// action tried to send the form (its `invalid` events), or fields are marked refused that were not before the
        /// action, or with another message (a script's check, the site's answer drawn again). Fields marked refused before
        /// and left so, the action did not try to send: a click that adds a block, opens a list, is not refused.
        /// </summary>
        private IReadOnlyList<RefusedField> Refused((IReadOnlyList<RefusedField> Fields, int Events) before)
        {
            var (now, events) = _lastRefusal;
            if (now.Count == 0)
            {
                return [];
            }

            var known = before.Fields.Select(f => (f.Id, f.Message)).ToHashSet();
            return events != before.Events || now.Any(f => !known.Contains((f.Id, f.Message))) ? now : [];
        }

        /// <summary>« le site a refusé l'étape : « Commune » : Ce champ est obligatoire. » and what to do.</summary>
        private string RefusalWords(IReadOnlyList<RefusedField> refused)
        {
            var named = string.Join(" ; ", refused.Take(3).Select(f => f.ToString()).Where(f => f.Length > 0));
            var more = refused.Count > 3 ? $" (et {refused.Count - 3} autre(s) champ(s))" : "";
            return $"le site a refusé l'étape : {(named.Length > 0 ? named : "un champ refusé sans message")}{more}. La page « {_title} » est restée affichée : "
                + "remplissez ces champs ou corrigez les valeurs du persona (vérifiez les étapes de cette page)";
        }

        /// <summary>Démarche Numérique's autosave sends an answer a second after the last change (config/application.rb
        /// `debounce_delay: 1000`), with a margin to have it sent.</summary>
        private static readonly TimeSpan AutosaveDelay = TimeSpan.FromMilliseconds(1200);

        private void Answering(ScenarioStep step)
        {
            if (_marked.Key.Length > 0)
            {
                _answeredBy[_marked.Key] = (step, [.. _lastRefusal.Fields.Where(f => f.Keys.Contains(_marked.Key)).Select(f => f.Message)]);
            }

            _lastAnswer = (Stopwatch.GetTimestamp(), Volatile.Read(ref _scriptRequestsStarted));
        }

        /// <summary>A page that saves each answer as it is given, then shows what it refused or draws the field anew, is given
        /// the time to save the last one, and its answer, before the probe looks at it as it leaves it.</summary>
        private async Task AwaitAutosaveAsync()
        {
            if (!_autosaves || _lastAnswer is not { } answer)
            {
                return;
            }

            var left = AutosaveDelay - Stopwatch.GetElapsedTime(answer.At);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }

            await SettleScriptRequestsAsync(answer.Requests);
            _lastAnswer = null;
        }

        /// <summary>
        /// Fails the walk when the page shows, under a field the probe answered, an error it did not show when the probe
        /// answered it: Démarche Numérique checks each answer as it saves it and writes « … est invalide » under its champ,
        /// the page going on as before. Said at the step that gave the value, the one to correct, however far the walk went
        /// since. An open-ended walk (scaffold) reads the page's errors in its survey instead.
        /// </summary>
        private void ThrowIfAnswerRefused()
        {
            if (options.Continue is not null)
            {
                return;
            }

            var refused = _lastRefusal.Fields.Where(f => f.Shown)
                .Select(f => (Field: f, Answer: f.Keys.Select(k => _answeredBy.TryGetValue(k, out var a) && !a.Shown.Contains(f.Message) ? a.Step : null).FirstOrDefault(a => a is not null)))
                .Where(r => r.Answer is not null).ToList();
            if (refused.Count == 0)
            {
                return;
            }

            var (field, answer) = refused[0];
            var more = refused.Count > 1 ? $" (et {refused.Count - 1} autre(s) valeur(s) refusée(s) : {string.Join(" ; ", refused.Skip(1).Take(2).Select(r => $"{r.Answer!.Where} {r.Field}"))})" : "";
            throw new StepFailure(FailureKind.ScenarioError,
                $"{answer!.Where} : {StepWording.French(answer.Describe())} : le site a refusé la valeur : {field}{more}. Corrigez la valeur du persona ou de l'étape")
            {
                Position = answer.ScenarioPosition,
            };
        }
    }
}
