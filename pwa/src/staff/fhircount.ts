// The FHIR export's progress: the server writes one Bundle entry per line.

/** Counts the Patient entries in a streamed Bundle (one entry per line), chunk by chunk. */
export class PatientCounter {
  private rest = "";
  count = 0;

  push(text: string): number {
    const lines = (this.rest + text).split("\n");
    this.rest = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith('{"fullUrl"') && line.includes('"resourceType":"Patient"')) this.count += 1;
    return this.count;
  }

  finish(): number {
    return this.push("\n");
  }
}
