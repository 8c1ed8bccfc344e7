"""Signs in as the demo municipality's administrator and saves, through the real API, the
FHIR export of every cohort and of one person into OUTDIR. Prints the files' paths."""

import json
import os
import sys
import urllib.request


def call(base, method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    return urllib.request.urlopen(req, timeout=120)


def main(base, out):
    with call(base, "POST", "/api/v1/auth/login",
              {"email": "admin@hidamari.example", "password": "dekita-demo-2026"}) as res:
        token = json.load(res)["access_token"]
    with call(base, "GET", "/api/v1/cohorts", token=token) as res:
        cohorts = json.load(res)
    with call(base, "GET", "/api/v1/participants", token=token) as res:
        people = json.load(res)
    queries = [f"cohort={c['id']}" for c in cohorts]
    if people:
        queries.append(f"participant={people[0]['id']}")
    for i, q in enumerate(queries):
        path = os.path.join(out, f"export-{i}.json")
        with call(base, "GET", f"/api/v1/exports/fhir?{q}", token=token) as res:
            kind = res.headers.get("Content-Type", "")
            if not kind.startswith("application/fhir+json"):
                sys.exit(f"{q}: Content-Type {kind}")
            with open(path, "wb") as f:
                while chunk := res.read(65536):
                    f.write(chunk)
        print(path)


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), sys.argv[2])
