"""Card application at a photo booth: the application form's ID, the photo checks, storage.

The photo checks (`kiosk.photo.checks.check_photo`) hold a photo against the leaflet's rules
for an application photo; docs/photo-checks.md gives the limits and what they rest on. No Qt
here. Import the modules themselves: this package imports nothing, so that reading an
application ID does not load the image libraries.
"""
