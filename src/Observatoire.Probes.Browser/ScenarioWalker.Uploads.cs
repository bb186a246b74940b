using Microsoft.Playwright;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
        /// <summary>The file input an element found for an upload stands for: itself, the one it holds, or the one in the box
        /// around it that holds no other field, a few levels up (inventory.js's `fieldLabels` the other way round). An upload kit
        /// that hides its input keeps the field's label on the button it draws to open it (GOV.UK Frontend, Gravity Forms'
        /// multi-file upload): a partial label finds that button. The input is marked as filled; null when there is none.</summary>
        private const string FileInputScript = $$"""
            (e) => {
              const files = (n) => n.querySelectorAll('input[type=file]');
              let input = e.matches('input[type=file]') ? e : files(e).length === 1 ? files(e)[0] : null;
              for (let box = e.parentElement, depth = 0; !input && box && depth < 4 && box.tagName !== 'FORM' && box !== document.body; box = box.parentElement, depth++) {
                if (Array.from(box.querySelectorAll('input:not([type=hidden]), select, textarea')).some((f) => f.type !== 'file')) break;
                if (files(box).length) { input = files(box).length === 1 ? files(box)[0] : null; break; }
              }
              if (input && input !== e) ({{MarkFilledScript}})(input);
              return input;
            }
            """;

        /// <summary>The link or button that opens a file chooser the kit draws with no file input yet, which the element found
        /// for an upload is or holds alone (inventory.js's `opensChooser` and `chooserLabels`: Form.io's « parcourir »); null
        /// when there is none.</summary>
        private static readonly string ChooserOpenerScript = "(e) => {\n" + LabelScript + """
              const openers = [e, ...e.querySelectorAll('a, button, [role=button]')].filter((o) => opensChooser(o) && chooserLabels(o).length);
              return openers.length === 1 ? openers[0] : null;
            }
            """;

        /// <summary>Sets the file on the input the found element stands for (<see cref="FileInputScript"/>); returns the opener
        /// of a file chooser drawn without an input when the element stands for one (<see cref="ChooserOpenerScript"/>), to
        /// attach the file through the chooser; else sets the file on the element itself (Playwright then says why it cannot).</summary>
        private static async Task<IElementHandle?> UploadAsync(ILocator found, string file)
        {
            var handle = await found.EvaluateHandleAsync(FileInputScript);
            try
            {
                // (A handle to null is no element: AsElement() would throw where it should say so.)
                if (handle is IElementHandle input)
                {
                    await input.SetInputFilesAsync(file);
                    return null;
                }
            }
            finally
            {
                await handle.DisposeAsync();
            }

            var chooser = await found.EvaluateHandleAsync(ChooserOpenerScript);
            if (chooser is IElementHandle opener)
            {
                return opener;
            }

            await chooser.DisposeAsync();
            await found.SetInputFilesAsync(file);
            return null;
        }

        /// <summary>
        /// Attaches a file through the chooser a kit opens with no file input in the page until its link is pressed (Form.io's
        /// file component: « parcourir » creates an input and clicks it): the link is clicked inside Playwright's wait for the
        /// file chooser, which takes the file. The field is inventoried first, as it is before the kit draws the file chosen in
        /// place of its opener, and marked as filled by the probe. The opener is never a submit or final button
        /// (inventory.js's `opensChooser`); its name is checked again. No chooser within the action's patience: the step fails.
        /// </summary>
        private async Task ChooseFileAsync(ScenarioStep step, IElementHandle opener, string file)
        {
            try
            {
                var name = await InternalAsync("nom de l'ouvreur", () => opener.EvaluateAsync<string>(NameScript));
                if (IsFinalSubmission(name))
                {
                    throw new StepFailure(FailureKind.SubmissionRefused,
                        $"{step.Where} : clic sur « {name} » refusé : il enverrait la demande ; la cible de l'étape `upload` doit être le champ de fichier");
                }

                await InventoryAsync();
                await InternalAsync("marque du champ rempli", () => opener.EvaluateAsync(MarkFilledScript));
                var patience = (float)walker._browser.Settings.ActionTimeout.TotalMilliseconds;
                try
                {
                    await Clock.TimeAsync(Phase.Locating, () => EnterAsync(async () =>
                    {
                        var chooser = await _page.RunAndWaitForFileChooserAsync(() => opener.ClickAsync(new() { Timeout = patience }), new() { Timeout = patience });
                        await chooser.SetFilesAsync(file);
                    }));
                }
                catch (TimeoutException)
                {
                    throw new StepFailure(FailureKind.TargetNotFound,
                        $"{step.Where} : {StepWording.French(step.Target!)} : « {name} » n'a ouvert aucun sélecteur de fichier en {patience / 1000:0} s : le formulaire a changé ou le scénario n'est plus à jour");
                }
            }
            finally
            {
                await opener.DisposeAsync();
            }
        }
    }
}
