"""Validates FHIR R4 export Bundles of dekita.

Every resource is parsed by an independent R4 library (fhir.resources 6.4.x, built on FHIR
4.0.1), then checked for what that library skips: the codes of required bindings, Bundle
invariants (bdl-3, bdl-4, bdl-7), references (each one a urn:uuid of an entry of the same
Bundle, of a type the element allows), Goal and Observation invariants (gol-1, obs-6, obs-7),
Consent invariants (ppc-1, ppc-2), the project's codes (LOINC where one exists, UCUM units,
JP Core profiles) and QuestionnaireResponses against the Questionnaires the Bundle carries.

Usage: validate.py BUNDLE.json... [--expect-all]   (--expect-all: across the files, every
kind of resource the export makes appears at least once, as the demo should show)
Exits 1 and lists the problems if any; prints a summary line either way.
"""

import json
import os
import re
import sys
from collections import Counter

import fhir.resources
from fhir.resources import construct_fhir_element

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
JP_CORE = "http://jpfhir.jp/fhir/core/StructureDefinition/"
NAME_REPRESENTATION = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"
GAS = "http://hl7.org/fhir/us/pco/StructureDefinition/pco-goal-attainment-scaling"
UUID = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")

# Required bindings (R4 4.0.1) that fhir.resources does not enforce.
REQUIRED = {
    ("Task", "status"): {"draft", "requested", "received", "accepted", "rejected", "ready",
                         "cancelled", "in-progress", "on-hold", "failed", "completed",
                         "entered-in-error"},
    ("Task", "intent"): {"unknown", "proposal", "plan", "order", "original-order",
                         "reflex-order", "filler-order", "instance-order", "option"},
    ("ServiceRequest", "status"): {"draft", "active", "on-hold", "revoked", "completed",
                                   "entered-in-error", "unknown"},
    ("ServiceRequest", "intent"): {"proposal", "plan", "directive", "order", "original-order",
                                   "reflex-order", "filler-order", "instance-order", "option"},
    ("EpisodeOfCare", "status"): {"planned", "waitlist", "active", "onhold", "finished",
                                  "cancelled", "entered-in-error"},
    ("Encounter", "status"): {"planned", "arrived", "triaged", "in-progress", "onleave",
                              "finished", "cancelled", "entered-in-error", "unknown"},
    ("Goal", "lifecycleStatus"): {"proposed", "planned", "accepted", "active", "on-hold",
                                  "completed", "cancelled", "entered-in-error", "rejected"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected",
                                "cancelled", "entered-in-error", "unknown"},
    ("Consent", "status"): {"draft", "proposed", "active", "rejected", "inactive",
                            "entered-in-error"},
    ("QuestionnaireResponse", "status"): {"in-progress", "completed", "amended",
                                          "entered-in-error", "stopped"},
    ("Questionnaire", "status"): {"draft", "active", "retired", "unknown"},
    ("Patient", "gender"): {"male", "female", "other", "unknown"},
}

# The resource types each reference may point at.
PEOPLE = {"Practitioner", "PractitionerRole", "Organization", "Patient"}
TARGETS = {
    ("Patient", "managingOrganization"): {"Organization"},
    ("Organization", "partOf"): {"Organization"},
    ("PractitionerRole", "practitioner"): {"Practitioner"},
    ("PractitionerRole", "organization"): {"Organization"},
    ("EpisodeOfCare", "patient"): {"Patient"},
    ("EpisodeOfCare", "managingOrganization"): {"Organization"},
    ("Encounter", "subject"): {"Patient"},
    ("Encounter", "episodeOfCare"): {"EpisodeOfCare"},
    ("Encounter", "serviceProvider"): {"Organization"},
    ("Goal", "subject"): {"Patient"},
    ("Goal", "expressedBy"): PEOPLE,
    ("Observation", "subject"): {"Patient"},
    ("Observation", "encounter"): {"Encounter"},
    ("Observation", "performer"): PEOPLE,
    ("Observation", "focus"): {"Goal"},
    ("Observation", "derivedFrom"): {"QuestionnaireResponse", "Observation"},
    ("QuestionnaireResponse", "subject"): {"Patient"},
    ("QuestionnaireResponse", "author"): PEOPLE,
    ("QuestionnaireResponse", "source"): {"Patient", "Practitioner", "PractitionerRole"},
    ("Consent", "patient"): {"Patient"},
    ("Consent", "organization"): {"Organization"},
    ("Consent", "provision"): {"PractitionerRole", "Organization", "Practitioner"},
    ("ServiceRequest", "subject"): {"Patient"},
    ("ServiceRequest", "requester"): PEOPLE,
    ("ServiceRequest", "performer"): PEOPLE,
    ("ServiceRequest", "supportingInfo"): {"Consent"},
    ("Task", "focus"): {"ServiceRequest", "EpisodeOfCare"},
    ("Task", "for"): {"Patient"},
    ("Task", "requester"): PEOPLE,
    ("Task", "owner"): PEOPLE,
}

KINDS = ["Patient", "Organization", "Practitioner", "PractitionerRole", "EpisodeOfCare",
         "Encounter", "Goal", "Observation", "Questionnaire", "QuestionnaireResponse",
         "Consent", "ServiceRequest", "Task"]


class Checker:
    def __init__(self):
        self.problems = []
        self.counts = Counter()
        self.codes = Counter()

    def fail(self, where, what):
        self.problems.append(f"{where}: {what}")

    def check_file(self, path):
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if raw.startswith("\ufeff"):
            self.fail(path, "a FHIR JSON file has no byte-order mark")
        bundle = json.loads(raw)
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "collection":
            self.fail(path, "not a collection Bundle")
            return
        if not ID.match(bundle.get("id", "")):
            self.fail(path, f"Bundle.id {bundle.get('id')!r}")
        entries = bundle.get("entry", [])
        by_url = {}
        for i, e in enumerate(entries):
            where = f"{path} entry {i}"
            if "request" in e:
                self.fail(where, "bdl-3: entry.request in a collection")
            if "response" in e:
                self.fail(where, "bdl-4: entry.response in a collection")
            if "resource" not in e:
                self.fail(where, "no resource")
                continue
            url = e.get("fullUrl", "")
            if not UUID.match(url):
                self.fail(where, f"fullUrl {url!r} is not a urn:uuid")
            if url in by_url:
                self.fail(where, f"bdl-7: fullUrl {url} twice")
            by_url[url] = e["resource"]
            rid = e["resource"].get("id")
            if rid != url.removeprefix("urn:uuid:"):
                self.fail(where, f"resource id {rid!r} is not its fullUrl's uuid")
        # The whole Bundle and each resource through the independent R4 models.
        try:
            construct_fhir_element("Bundle", bundle)
        except Exception as exc:  # noqa: BLE001 - the library's errors are varied
            self.fail(path, f"fhir.resources refuses the Bundle: {str(exc)[:2000]}")
        questionnaires = {}
        for url, r in by_url.items():
            kind = r.get("resourceType", "?")
            try:
                construct_fhir_element(kind, r)
            except Exception as exc:  # noqa: BLE001
                self.fail(f"{kind} {url}", f"fhir.resources: {str(exc)[:1000]}")
            if kind == "Questionnaire":
                questionnaires[f"{r['url']}|{r['version']}"] = r
        for url, r in by_url.items():
            self.check_resource(url, r, by_url, questionnaires)

    def check_reference(self, where, kind, element, value, by_url):
        ref = value.get("reference") if isinstance(value, dict) else None
        if ref is None:
            return
        if not ref.startswith("urn:uuid:"):
            self.fail(where, f"{element} → {ref}: not a urn:uuid of this Bundle")
            return
        target = by_url.get(ref)
        if target is None:
            self.fail(where, f"{element} → {ref}: dangling (no such entry)")
            return
        allowed = TARGETS.get((kind, element))
        if allowed is not None and target.get("resourceType") not in allowed:
            self.fail(where, f"{element} → a {target.get('resourceType')}, "
                             f"expected {sorted(allowed)}")

    def walk_references(self, where, kind, value, by_url, top=None):
        if isinstance(value, dict):
            if isinstance(value.get("reference"), str):
                self.check_reference(where, kind, top, value, by_url)
            for k, v in value.items():
                self.walk_references(where, kind, v, by_url, top or k)
        elif isinstance(value, list):
            for v in value:
                self.walk_references(where, kind, v, by_url, top)

    def check_quantity(self, where, q):
        if not isinstance(q, dict):
            return
        if q.get("system") != UCUM or not q.get("code"):
            self.fail(where, f"a quantity without a UCUM code: {q}")

    def check_resource(self, url, r, by_url, questionnaires):
        kind = r.get("resourceType", "?")
        where = f"{kind} {url}"
        self.counts[kind] += 1
        for (k, element), allowed in REQUIRED.items():
            if k == kind and element in r and r[element] not in allowed:
                self.fail(where, f"{element} {r[element]!r} is not in its required value set")
        self.walk_references(where, kind, {k: v for k, v in r.items() if k != "id"}, by_url)
        getattr(self, f"check_{kind.lower()}", lambda *_: None)(where, r, questionnaires)

    def check_patient(self, where, r, _):
        if JP_CORE + "JP_Patient" not in r.get("meta", {}).get("profile", []):
            self.fail(where, "no JP_Patient profile")
        if not r.get("identifier") or not all(i.get("value") for i in r["identifier"]):
            self.fail(where, "JP_Patient: identifier with a value required")
        reps = set()
        for n in r.get("name", []):
            for ext in n.get("extension", []):
                if ext.get("url") == NAME_REPRESENTATION:
                    reps.add(ext.get("valueCode"))
        if not {"IDE", "SYL"} <= reps:
            self.fail(where, f"names in kanji (IDE) and kana (SYL) expected, got {reps}")

    def check_encounter(self, where, r, _):
        c = r.get("class", {})
        if c.get("system") != "http://terminology.hl7.org/CodeSystem/v3-ActCode" or \
                c.get("code") not in {"AMB", "HH", "VR"}:
            self.fail(where, f"class {c}")

    def check_goal(self, where, r, _):
        if not r.get("description"):
            self.fail(where, "no description")
        for t in r.get("target", []):
            has_detail = any(k.startswith("detail") for k in t)
            if has_detail and "measure" not in t:
                self.fail(where, "gol-1: target.detail without target.measure")
        gas = [e for e in r.get("extension", []) if e.get("url") == GAS]
        if not gas:
            self.fail(where, "no GAS extension")
        for e in gas:
            subs = {s.get("url") for s in e.get("extension", [])}
            if not {"level", "progressText"} <= subs:
                self.fail(where, f"GAS extension needs level and progressText, has {subs}")
        measures = [c.get("code") for t in r.get("target", [])
                    for c in t.get("measure", {}).get("coding", [])]
        if "107332-9" not in measures:
            self.fail(where, "no GAS target (LOINC 107332-9)")

    def check_observation(self, where, r, _):
        values = [k for k in r if k.startswith("value")]
        if values and "dataAbsentReason" in r:
            self.fail(where, "obs-6: a value and a dataAbsentReason")
        if not values and "dataAbsentReason" not in r and "component" not in r:
            self.fail(where, "neither a value, components nor a dataAbsentReason")
        codes = {(c.get("system"), c.get("code")) for c in r.get("code", {}).get("coding", [])}
        if not codes or not all(s and c for s, c in codes):
            self.fail(where, "code without system and code")
        for s, c in codes:
            self.codes[(s, c)] += 1
        for comp in r.get("component", []):
            ccodes = {(c.get("system"), c.get("code"))
                      for c in comp.get("code", {}).get("coding", [])}
            if ccodes & codes and any(k.startswith("value") for k in r):
                self.fail(where, "obs-7: a component repeats the code and the value is set")
            self.check_quantity(where, comp.get("valueQuantity"))
        if not r.get("category"):
            self.fail(where, "no category")
        if "subject" not in r or not any(k.startswith("effective") for k in r):
            self.fail(where, "subject and effective[x] expected")
        self.check_quantity(where, r.get("valueQuantity"))
        # What must be coded with LOINC where a LOINC code exists.
        local = {c for s, c in codes if s != LOINC}
        if local & {"chair-stand-30s", "tug", "bp", "body-weight", "body-height", "bmi"}:
            self.fail(where, f"a local code where LOINC has one: {local}")
        if (LOINC, "107333-7") in codes:
            if not r.get("focus") or "valueCodeableConcept" not in r:
                self.fail(where, "a GAS score needs focus → Goal and a coded value")
        if (LOINC, "85354-9") in codes:
            comp = {c.get("code") for x in r.get("component", [])
                    for c in x.get("code", {}).get("coding", [])}
            if not {"8480-6", "8462-4"} <= comp:
                self.fail(where, "blood pressure without systolic and diastolic components")

    def check_consent(self, where, r, _):
        if not r.get("policy") and not r.get("policyRule"):
            self.fail(where, "ppc-1: neither policy nor policyRule")
        scope = {c.get("code") for c in r.get("scope", {}).get("coding", [])}
        if "patient-privacy" in scope and "patient" not in r:
            self.fail(where, "ppc-2: a privacy consent without patient")
        if not r.get("category"):
            self.fail(where, "no category")
        for actor in r.get("provision", {}).get("actor", []):
            if "role" not in actor or "reference" not in actor:
                self.fail(where, "provision.actor needs role and reference")

    def check_task(self, where, r, _):
        if r.get("status") in {"rejected", "cancelled", "on-hold", "failed"} and \
                not r.get("statusReason", {}).get("text"):
            self.fail(where, f"a {r.get('status')} Task without statusReason.text")
        if r.get("intent") == "order":
            codes = {c.get("code") for c in r.get("code", {}).get("coding", [])}
            if "fulfill" not in codes or "focus" not in r or "for" not in r:
                self.fail(where, "a referral Task needs code fulfill, focus and for")
        for o in r.get("output", []):
            if "type" not in o or not any(k.startswith("value") for k in o):
                self.fail(where, "Task.output needs type and value[x]")

    def check_questionnaireresponse(self, where, r, questionnaires):
        q = questionnaires.get(r.get("questionnaire"))
        if q is None:
            self.fail(where, f"questionnaire {r.get('questionnaire')} is not in the Bundle")
            return
        asked = {}

        def collect(items):
            for i in items:
                asked[i["linkId"]] = i
                collect(i.get("item", []))

        collect(q.get("item", []))

        def check(items):
            for i in items:
                link = i.get("linkId")
                if link not in asked:
                    self.fail(where, f"linkId {link!r} is not in the Questionnaire")
                    continue
                if "item" in i and "answer" in i and any("item" in a for a in i["answer"]):
                    self.fail(where, f"qrs-1 at {link}")
                for a in i.get("answer", []):
                    coding = a.get("valueCoding")
                    if coding is not None:
                        options = {(o["valueCoding"]["system"], o["valueCoding"]["code"])
                                   for o in asked[link].get("answerOption", [])}
                        if (coding.get("system"), coding.get("code")) not in options:
                            self.fail(where, f"answer {coding} is not an option of {link}")
                    self.check_quantity(where, a.get("valueQuantity"))
                check(i.get("item", []))

        check(r.get("item", []))


def self_test():
    """The checks find what they are for: a Bundle broken on purpose, one fault per rule."""
    import tempfile

    def uuid(n):
        return f"urn:uuid:00000000-0000-4000-8000-{n:012d}"

    def entry(n, resource):
        resource["id"] = uuid(n).removeprefix("urn:uuid:")
        return {"fullUrl": uuid(n), "resource": resource}

    patient = {"resourceType": "Patient", "name": [{"text": "試験"}]}
    broken = {"resourceType": "Bundle", "id": "self-test", "type": "collection", "entry": [
        entry(1, patient),
        entry(2, {"resourceType": "Task", "status": "bogus", "intent": "plan",
                  "for": {"reference": uuid(99)}}),
        entry(3, {"resourceType": "Goal", "lifecycleStatus": "active",
                  "description": {"text": "g"}, "subject": {"reference": uuid(1)},
                  "target": [{"detailInteger": 3}]}),
        entry(4, {"resourceType": "Observation", "status": "final",
                  "code": {"coding": [{"system": LOINC, "code": "29463-7"}]},
                  "category": [{"text": "c"}], "subject": {"reference": uuid(3)},
                  "effectiveDateTime": "2026-01-01",
                  "valueQuantity": {"value": 50, "unit": "kg"},
                  "dataAbsentReason": {"text": "x"}}),
        entry(5, {"resourceType": "Consent", "status": "active",
                  "scope": {"coding": [{"code": "patient-privacy"}]},
                  "category": [{"text": "c"}]}),
        entry(6, {"resourceType": "Encounter", "status": "finished", "klass": "AMB"}),
    ]}
    broken["entry"][0]["request"] = {"method": "POST", "url": "Patient"}
    broken["entry"].append(dict(broken["entry"][0]))
    expected = ["bdl-3", "bdl-7", "dangling", "required value set", "gol-1", "obs-6",
                "a Goal, expected", "ppc-1", "ppc-2", "UCUM", "JP_Patient", "IDE",
                "fhir.resources"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(broken, f)
    checker = Checker()
    checker.check_file(f.name)
    os.unlink(f.name)
    text = "\n".join(checker.problems)
    missed = [e for e in expected if e not in text]
    if missed:
        print(text)
        print(f"FHIR self-test: the checks missed {missed}")
        return 1
    print(f"FHIR self-test: {len(expected)} faults planted, all found")
    return 0


def main(argv):
    if argv == ["--self-test"]:
        return self_test()
    expect_all = "--expect-all" in argv
    files = [a for a in argv if a != "--expect-all"]
    if not files:
        print(__doc__)
        return 2
    checker = Checker()
    for path in files:
        checker.check_file(path)
    if expect_all:
        for kind in KINDS:
            if checker.counts[kind] == 0:
                checker.fail("the exports", f"no {kind} at all")
        for code in ["66247-8", "89423-8", "107333-7", "85354-9"]:
            if checker.codes[(LOINC, code)] == 0:
                checker.fail("the exports", f"no Observation coded LOINC {code}")
    for p in checker.problems[:200]:
        print("FHIR:", p)
    total = sum(checker.counts.values())
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(checker.counts.items()))
    print(f"fhir.resources {fhir.resources.__version__} (FHIR {fhir.resources.__fhir_version__}): "
          f"{len(files)} bundles, {total} resources ({kinds})")
    print(f"FHIR validation: {total - len(checker.problems) if checker.problems else total} "
          f"resources checked, {len(checker.problems)} problems")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
